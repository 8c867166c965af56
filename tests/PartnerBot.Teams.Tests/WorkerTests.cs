using System.Net;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>The background queue: bounded, and drained on graceful shutdown.</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task Stop_WhileActivityInProgress_WaitsForItsReply()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TeamsTestHost.StartAsync(fake, bot);
        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "slow"), fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = host.StopAsync();
        Assert.False(stopping.IsCompleted);
        bot.Gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Single(fake.Activities, a => a.Type == "message" && a.Status == 200);
    }

    [Fact]
    public async Task Post_QueueFull_Returns503AndRedeliveryAccepted()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TeamsTestHost.StartAsync(fake, bot, settings: new Dictionary<string, string?>
        {
            ["MaxConcurrency"] = "1",
            ["QueueCapacity"] = "1",
        });
        using var first = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "1", id: "m1"), fake.MintToken());
        await bot.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var second = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "2", id: "m2"), fake.MintToken());
        var third = TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "3", id: "m3");

        using var refused = await host.PostAsync(third, fake.MintToken());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        bot.Gate.SetResult();
        await fake.WaitForAsync(a => a.ReplyToId == "m2");
        using var redelivered = await host.PostAsync(third, fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        await fake.WaitForAsync(a => a.ReplyToId == "m3");
    }
}
