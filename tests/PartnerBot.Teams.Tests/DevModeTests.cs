using System.Net;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>Local development without an app id, as the Bot Framework Emulator works.</summary>
public sealed class DevModeTests
{
    [Fact]
    public async Task Post_UnauthenticatedFromLoopbackInDevMode_AnsweredWithoutToken()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        fake.RequireBearer = false;
        var bot = new FakeBot();
        await using var host = await TeamsTestHost.StartAsync(fake, bot, devMode: true);
        var activity = TeamsActivities.Message(fake.ServiceUrl, "emulator-bot", "help", conversationId: "emulator-conv", conversationType: "personal", channelId: "emulator");

        using var response = await host.PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await fake.WaitForAsync(a => a.Type == "message");
        Assert.Null(reply.Authorization);
        Assert.Equal("emulator-conv", reply.ConversationId);
        Assert.Equal(0, fake.TokenRequests);
        Assert.True(host.Services.GetTeamsStatus().DevMode);
    }

    [Fact]
    public async Task Post_UnauthenticatedWhenAppIdSet_Returns401()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot();
        await using var host = await TeamsTestHost.StartAsync(fake, bot);
        var activity = TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "help", channelId: "emulator");

        using var response = await host.PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Requests);
        Assert.False(host.Services.GetTeamsStatus().DevMode);
    }

    [Fact]
    public async Task Post_TokenInDevMode_Returns401()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot();
        await using var host = await TeamsTestHost.StartAsync(fake, bot, devMode: true);

        using var response = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "help"), fake.MintToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Requests);
    }

    [Fact]
    public async Task Post_DevModeWithNonLoopbackServiceUrl_Refused()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot();
        await using var host = await TeamsTestHost.StartAsync(fake, bot, devMode: true, settings: new Dictionary<string, string?>
        {
            ["AllowedServiceUrlHosts:0"] = "smba.trafficmanager.net",
        });

        using var response = await host.PostAsync(TeamsActivities.Message("https://evil.example/", "x", "help"), token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Requests);
    }

    [Fact]
    public async Task Post_ForwardedRequestInDevMode_Returns401()
    {
        await using var fake = await FakeBotConnector.StartAsync();
        var bot = new FakeBot();
        await using var host = await TeamsTestHost.StartAsync(fake, bot, devMode: true);
        var activity = TeamsActivities.Message(fake.ServiceUrl, "emulator-bot", "help", channelId: "emulator");

        using var response = await host.PostRawAsync(activity.ToJsonString(), token: null, forwardedFor: "203.0.113.7");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Requests);
    }
}
