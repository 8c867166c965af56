using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>Outbound behaviour: retries honouring Retry-After on the injected clock, allow-listed hosts, token caching.</summary>
public sealed class OutboundTests
{
    [Theory]
    [InlineData(429, "2", 2)]
    [InlineData(503, "7", 7)]
    [InlineData(412, null, 1)]
    public async Task Reply_TransientFailure_RetriedAfterRetryAfterOnInjectedClock(int status, string? retryAfter, int expectedWaitSeconds)
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotConnector.StartAsync(time: time);
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot(), time: time);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        time.TimerCreated += due => { if (due == TimeSpan.FromSeconds(expectedWaitSeconds)) waiting.TrySetResult(); };
        fake.EnqueueFault(status, retryAfter);

        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "hi"), fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(fake.Activities, a => a.Type == "message" && a.Status == 200);
        time.Advance(TimeSpan.FromSeconds(expectedWaitSeconds));

        var delivered = await fake.WaitForAsync(a => a.Type == "message" && a.Status == 200);
        var attempts = fake.Activities.Where(a => a.Type == "message").ToList();
        Assert.Equal([status, 200], attempts.Select(a => a.Status));
        Assert.Equal("1485983408511", delivered.ReplyToId);
    }

    [Fact]
    public async Task Reply_RetryAfterAsHttpDate_Honoured()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(DateTimeOffset.UtcNow.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero));
        await using var fake = await FakeBotConnector.StartAsync(time: time);
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot(), time: time);
        var waiting = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        time.TimerCreated += due => waiting.TrySetResult(due);
        fake.EnqueueFault(429, time.GetUtcNow().AddSeconds(5).ToString("R"));

        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "hi"), fake.MintToken());
        var due = await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(5), due);
        time.Advance(due);

        await fake.WaitForAsync(a => a.Type == "message" && a.Status == 200);
    }

    [Fact]
    public async Task Reply_RetryAfterBeyondLimit_GivesUpWithoutWaiting()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotConnector.StartAsync(time: time);
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot(), time: time,
            settings: new Dictionary<string, string?> { ["MaxConcurrency"] = "1" });
        fake.EnqueueFault(429, "3600");

        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "hi", id: "m1"), fake.MintToken());
        await fake.WaitForAsync(a => a.Type == "message" && a.Status == 429);
        using var next = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "again", id: "m2"), fake.MintToken());
        await fake.WaitForAsync(a => a.Type == "message" && a.ReplyToId == "m2");

        Assert.Single(fake.Activities, a => a.Type == "message" && a.ReplyToId == "m1");
        Assert.Equal(1, host.Services.GetTeamsStatus().SendFailures);
    }

    [Fact]
    public async Task Reply_PermanentFailure_NotRetriedAndCountedInStatus()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot());
        fake.EnqueueFault(403, errorCode: "BotNotInConversationRoster");

        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "hi", id: "m1"), fake.MintToken());
        await fake.WaitForAsync(a => a.Type == "message" && a.Status == 403);
        using var next = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "again", id: "m2"), fake.MintToken());
        await fake.WaitForAsync(a => a.Type == "message" && a.ReplyToId == "m2");

        Assert.Single(fake.Activities, a => a.Type == "message" && a.ReplyToId == "m1");
        Assert.Equal(1, host.Services.GetTeamsStatus().SendFailures);
        Assert.Contains("403", host.Services.GetTeamsStatus().LastError);
    }

    [Fact]
    public async Task Post_ServiceUrlHostNotAllowed_RefusedAndNothingSent()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot();
        await using var host = await TeamsTestHost.StartAsync(fake, bot, settings: new Dictionary<string, string?>
        {
            ["AllowedServiceUrlHosts:0"] = "smba.trafficmanager.net",
        });

        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "hi"), fake.MintToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Requests);
        Assert.Equal(0, host.Services.GetTeamsStatus().ActivitiesReceived);
        var proactive = host.Services.GetRequiredService<ITeamsProactiveSender>();
        var reference = new TeamsConversationReference("a:1", fake.ServiceUrl, TeamsActivities.TenantId, "28:" + fake.AppId, "msteams");
        await Assert.ThrowsAsync<TeamsDeliveryException>(() => proactive.SendAsync(reference, FakeBot.SampleAnswer(), CancellationToken.None));
        Assert.Empty(fake.Activities);
        Assert.Equal(0, fake.TokenRequests);
    }

    [Fact]
    public async Task Replies_TwoMessages_OneTokenRequest()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot());

        using var first = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "one", id: "m1"), fake.MintToken());
        await fake.WaitForAsync(a => a.Type == "message" && a.ReplyToId == "m1");
        using var second = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "two", id: "m2"), fake.MintToken());
        await fake.WaitForAsync(a => a.Type == "message" && a.ReplyToId == "m2");

        Assert.Equal(1, fake.TokenRequests);
        Assert.All(fake.Activities, a => Assert.Equal(200, a.Status));
    }

    [Fact]
    public async Task ProactiveSend_ConversationGone_ReferenceRemoved()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot());
        var store = host.Services.GetRequiredService<IConversationReferenceStore>();
        var reference = new TeamsConversationReference("a:gone", fake.ServiceUrl, TeamsActivities.TenantId, "28:" + fake.AppId, "msteams", "personal");
        await store.SaveAsync(reference, CancellationToken.None);
        var proactive = host.Services.GetRequiredService<ITeamsProactiveSender>();
        var ok = await proactive.SendAsync(reference, FakeBot.SampleAnswer(), CancellationToken.None);
        fake.EnqueueFault(403, errorCode: "ConversationBlockedByUser");

        var ex = await Assert.ThrowsAsync<TeamsDeliveryException>(() => proactive.SendAsync(reference, FakeBot.SampleAnswer(), CancellationToken.None));

        Assert.NotNull(ok);
        Assert.True(ex.ConversationGone);
        Assert.Null(await store.GetAsync("a:gone", CancellationToken.None));
        var first = fake.Activities[0];
        Assert.Equal("a:gone", first.ConversationId);
        Assert.Null(first.ReplyToId);
        Assert.Equal(TeamsActivities.TenantId, first.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }
}
