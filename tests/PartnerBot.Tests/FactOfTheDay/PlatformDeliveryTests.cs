using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.FactOfTheDay;
using PartnerBot.State;
using PartnerBot.Teams;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Discord;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Tests.FactOfTheDay;

/// <summary>The daily post through the real Discord and Teams clients, against the fakes on 127.0.0.1.</summary>
public sealed class PlatformDeliveryTests
{
    private const string Channel = "555000000000000555";

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Discord_DailyPost_EmbedWithFactCitationAndAskHint()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var services = DiscordServices(fake);
        await using var h = new SchedulerHarness(new ManualTimeProvider(Utc(6, 1, 7)), delivery: _ => new PlatformFactDelivery(services));
        var destination = new Destination(Destination.Discord, Channel);
        h.Store.Subscribe(destination, null, "u1");

        await h.AdvanceToAsync(await h.StartAsync());

        var request = Assert.Single(fake.RequestsTo("POST", $"/channels/{Channel}/messages"));
        var body = JsonNode.Parse(request.Body)!;
        var embed = body["embeds"]![0]!;
        var fact = h.Knowledge.Current.Facts.ForDate(new DateOnly(2026, 6, 1))!;
        Assert.Equal("Fact of the day", embed["title"]!.GetValue<string>());
        Assert.Contains(fact.Text, embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var fields = embed["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>() + " " + f["value"]!.GetValue<string>()).ToList();
        Assert.Contains(fields, f => f.Contains("Leeds and Hangzhou agreements — 12 March 2020", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Contains("Ask me more with /ask", StringComparison.Ordinal));
        var post = h.Store.GetPost(destination, new DateOnly(2026, 6, 1))!;
        Assert.Equal(PostStatus.Sent, post.Status);
        Assert.False(string.IsNullOrEmpty(post.MessageId));
    }

    [Fact]
    public async Task Discord_ChannelDeleted_PermanentFailureCounted()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Fail("POST", $"/channels/{Channel}/messages", new FakeFault(404, Times: 10));
        using var services = DiscordServices(fake);
        await using var h = new SchedulerHarness(new ManualTimeProvider(Utc(6, 1, 7)), configure: o => o.DisableAfterFailures = 2,
            delivery: _ => new PlatformFactDelivery(services));
        var destination = new Destination(Destination.Discord, Channel);
        h.Store.Subscribe(destination, null, "u1");

        var wake = await h.AdvanceToAsync(await h.StartAsync());
        var afterFirst = h.Store.GetSubscription(destination)!;
        await h.AdvanceToAsync(wake);

        Assert.Equal((true, 1), (afterFirst.Enabled, afterFirst.ConsecutiveFailures));
        Assert.False(h.Store.GetSubscription(destination)!.Enabled);
        Assert.Equal(2, fake.RequestsTo("POST", $"/channels/{Channel}/messages").Count);
        Assert.Contains("404", h.Store.GetPost(destination, new DateOnly(2026, 6, 2))!.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19:team@thread.tacv2")]
    [InlineData("19:team@thread.tacv2;messageid=1712345678901")] // only a thread's reference was stored
    public async Task Teams_DailyPost_ProactiveCardToStoredConversation(string storedId)
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var stored = new TeamsConversationReference(storedId, fake.ServiceUrl, TeamsActivities.TenantId, "28:" + fake.AppId, "msteams", "channel");
        var reference = stored with { ConversationId = "19:team@thread.tacv2" };
        StateStore? shared = null;
        using var services = TeamsServices(fake, () => shared!);
        await using var h = new SchedulerHarness(new ManualTimeProvider(Utc(6, 1, 7)), delivery: store =>
        {
            shared = store;
            return new PlatformFactDelivery(services);
        });
        await services.GetRequiredService<IConversationReferenceStore>().SaveAsync(stored, CancellationToken.None);
        var destination = new Destination(Destination.Teams, reference.ConversationId);
        h.Store.Subscribe(destination, TeamsActivities.TenantId, "u1");

        await h.AdvanceToAsync(await h.StartAsync());

        var activity = Assert.Single(fake.Activities);
        Assert.Equal(reference.ConversationId, activity.ConversationId);
        Assert.Null(activity.ReplyToId);
        var json = activity.Body.ToJsonString();
        Assert.Contains("agreement number", json, StringComparison.Ordinal);
        Assert.Contains("Leeds and Hangzhou agreements", json, StringComparison.Ordinal);
        Assert.Contains("Ask me more with /ask", json, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Sent, h.Store.GetPost(destination, new DateOnly(2026, 6, 1))!.Status);
    }

    [Fact]
    public async Task Teams_ConversationGone_PermanentFailureAndReferenceRemoved()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        fake.EnqueueFault(403, errorCode: "ConversationBlockedByUser");
        var reference = new TeamsConversationReference("a:blocked", fake.ServiceUrl, TeamsActivities.TenantId, "28:" + fake.AppId, "msteams", "personal");
        StateStore? shared = null;
        using var services = TeamsServices(fake, () => shared!);
        await using var h = new SchedulerHarness(new ManualTimeProvider(Utc(6, 1, 7)), delivery: store =>
        {
            shared = store;
            return new PlatformFactDelivery(services);
        });
        var references = services.GetRequiredService<IConversationReferenceStore>();
        await references.SaveAsync(reference, CancellationToken.None);
        var destination = new Destination(Destination.Teams, reference.ConversationId);
        h.Store.Subscribe(destination, null, "u1");

        var wake = await h.AdvanceToAsync(await h.StartAsync());
        await h.AdvanceToAsync(wake);

        Assert.Null(await references.GetAsync("a:blocked", CancellationToken.None));
        var subscription = h.Store.GetSubscription(destination)!;
        Assert.Equal(2, subscription.ConsecutiveFailures);
        Assert.Contains("conversation reference", h.Store.GetPost(destination, new DateOnly(2026, 6, 2))!.Error, StringComparison.Ordinal);
        Assert.Single(fake.Activities);
    }

    private static ServiceProvider DiscordServices(FakeDiscord fake)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiscordBot(configuration);
        return services.BuildServiceProvider();
    }

    private static ServiceProvider TeamsServices(FakeBotConnector fake, Func<StateStore> store)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = fake.AppId,
            ["Teams:AppPassword"] = fake.AppPassword,
            ["Teams:OpenIdMetadataUrl"] = fake.OpenIdMetadataUrl,
            ["Teams:TokenEndpoint"] = fake.TokenEndpoint(),
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_ => store());
        services.AddStateStore(":memory:");
        services.AddTeamsBot(configuration);
        return services.BuildServiceProvider();
    }
}
