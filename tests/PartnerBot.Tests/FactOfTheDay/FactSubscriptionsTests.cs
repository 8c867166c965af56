using PartnerBot.Core.Conversation;
using PartnerBot.State;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class FactSubscriptionsTests
{
    private static readonly BotLocation s_channel = new("discord", "123", "guild");
    private static readonly BotUser s_user = new("discord", "u1");

    [Fact]
    public async Task Subscribe_New_FriendlyMessageAndStored()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)));

        var first = await h.Subscriptions().SubscribeAsync(s_channel, s_user, CancellationToken.None);
        var second = await h.Subscriptions().SubscribeAsync(s_channel, s_user, CancellationToken.None);

        Assert.Equal("Subscribed: a fact will be posted in <#123> every day at 09:00 Europe/London.", first);
        Assert.StartsWith("Already subscribed", second, StringComparison.Ordinal);
        var stored = h.Store.GetSubscription(new Destination("discord", "123"))!;
        Assert.Equal(("u1", "guild", true), (stored.SubscribedBy, stored.ScopeId, stored.Enabled));
    }

    [Fact]
    public async Task Subscribe_TeamsConversation_SaysHere()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)));

        var reply = await h.Subscriptions().SubscribeAsync(new BotLocation("teams", "a:conversation", "tenant"), new BotUser("teams", "u1"), CancellationToken.None);

        Assert.Equal("Subscribed: a fact will be posted here every day at 09:00 Europe/London.", reply);
    }

    [Fact]
    public async Task Status_Subscribed_ShowsNextPostAndLastPost()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero));
        await using var h = new SchedulerHarness(time);
        await h.Subscriptions().SubscribeAsync(s_channel, s_user, CancellationToken.None);
        var before = await h.Subscriptions().StatusAsync(s_channel, CancellationToken.None);
        await h.AdvanceToAsync(await h.StartAsync());

        var after = await h.Subscriptions().StatusAsync(s_channel, CancellationToken.None);

        Assert.Contains("next post Mon 1 June 2026 at 09:00 Europe/London", before, StringComparison.Ordinal);
        Assert.Contains("No fact has been posted here yet", before, StringComparison.Ordinal);
        Assert.Contains("next post Tue 2 June 2026 at 09:00", after, StringComparison.Ordinal);
        Assert.Contains("Last post: 1 June 2026 (sent)", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_NotSubscribed_SaysSo()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider());

        var message = await h.Subscriptions().UnsubscribeAsync(s_channel, CancellationToken.None);
        var status = await h.Subscriptions().StatusAsync(s_channel, CancellationToken.None);

        Assert.Equal("This conversation is not subscribed to the fact of the day.", message);
        Assert.StartsWith("Not subscribed", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_WebOrCli_Refused()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider());

        var message = await h.Subscriptions().SubscribeAsync(new BotLocation("web", "session"), new BotUser("web", "x"), CancellationToken.None);

        Assert.Contains("only in Discord channels and Teams conversations", message, StringComparison.Ordinal);
        Assert.Empty(h.Store.ListSubscriptions());
    }

    [Fact]
    public async Task Subscribe_AfterDisabled_Reenabled()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider());
        var destination = new Destination("discord", "123");
        await h.Subscriptions().SubscribeAsync(s_channel, s_user, CancellationToken.None);
        h.Store.RecordPermanentFailure(destination, "404", threshold: 1);

        var message = await h.Subscriptions().SubscribeAsync(s_channel, s_user, CancellationToken.None);

        Assert.StartsWith("Subscribed:", message, StringComparison.Ordinal);
        Assert.True(h.Store.GetSubscription(destination)!.Enabled);
        Assert.Equal(0, h.Store.GetSubscription(destination)!.ConsecutiveFailures);
    }

    [Fact]
    public async Task Brain_SubscribeCommand_UsesSubscriptions()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider());
        var brain = new PartnerBotBrain(h.Knowledge, new InMemoryFeedbackStore(), h.Time, subscriptions: h.Subscriptions());

        var reply = await brain.HandleAsync(new BotRequest(BotCommand.SubscribeFact, "", s_user, s_channel));

        Assert.StartsWith("Subscribed:", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(h.Store.GetSubscription(new Destination("discord", "123")));
    }

    [Fact]
    public async Task Subscribe_TeamsChannelThread_SubscribesTheChannel()
    {
        await using var h = new SchedulerHarness(new ManualTimeProvider());
        var location = new BotLocation("teams", "19:abc@thread.tacv2;messageid=1712345678901", "tenant");

        await h.Subscriptions().SubscribeAsync(location, new BotUser("teams", "aad-1"), CancellationToken.None);

        Assert.Equal("19:abc@thread.tacv2", Assert.Single(h.Store.ListSubscriptions()).Destination.Id);
    }
}
