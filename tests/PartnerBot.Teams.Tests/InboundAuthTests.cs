using System.Net;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>Token checks on POST /api/messages against the fake Bot Framework key set.</summary>
public sealed class InboundAuthTests : IAsyncLifetime
{
    private readonly FakeBot _bot = new();
    private FakeBotConnector _fake = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotConnector.StartAsync();
        // One worker: activities are processed in arrival order, so "a later one was answered" proves an earlier one was not.
        _host = await TeamsTestHost.StartAsync(_fake, _bot, settings: new Dictionary<string, string?> { ["MaxConcurrency"] = "1" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    public static TheoryData<string> BadTokens => new()
    {
        "wrong-audience", "wrong-issuer", "expired", "bad-signature", "unknown-key", "alg-none", "serviceurl-mismatch", "serviceurl-missing",
    };

    [Fact]
    public async Task Post_ValidToken_PostsTypingThenReplyCardToConversationAndReplyToId()
    {
        var activity = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "what did Leeds sign?", mention: true);

        using var response = await _host.PostAsync(activity, _fake.MintToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _fake.WaitForAsync(a => a.Type == "message");
        Assert.Equal("19:abc@thread.tacv2;messageid=1485983408511", reply.ConversationId);
        Assert.Equal("1485983408511", reply.ReplyToId);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1485983408511/activities/1485983408511", reply.RawPath);
        Assert.StartsWith("Bearer fake-access-", reply.Authorization);
        Assert.Equal("1485983408511", reply.Body["replyToId"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.BotId(_fake.AppId), reply.Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.UserId, reply.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Body["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", reply.Body["attachments"]![0]!["content"]!["version"]!.GetValue<string>());
        var first = _fake.Activities[0];
        Assert.Equal("typing", first.Type);
        Assert.Null(first.ReplyToId);
        Assert.Equal(1, _host.Services.GetTeamsStatus().ActivitiesReceived);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_InvalidToken_Returns401AndDoesNothing(string fault)
    {
        var spec = fault switch
        {
            "wrong-audience" => new FakeTokenSpec(Audience: "11111111-2222-3333-4444-555555555555"),
            "wrong-issuer" => new FakeTokenSpec(Issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "expired" => new FakeTokenSpec(ExpiresIn: TimeSpan.FromMinutes(-6)),
            "bad-signature" => new FakeTokenSpec(Key: FakeSigningKey.WrongKeySameKid),
            "unknown-key" => new FakeTokenSpec(Key: FakeSigningKey.UnknownKid),
            "alg-none" => new FakeTokenSpec(Algorithm: "none"),
            "serviceurl-mismatch" => new FakeTokenSpec(ServiceUrl: "https://smba.trafficmanager.net/amer/"),
            "serviceurl-missing" => new FakeTokenSpec(ServiceUrl: ""),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
        var bad = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "bad question", id: "bad-1", conversationId: "a:bad");

        using var response = await _host.PostAsync(bad, _fake.MintToken(spec));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_Accepted()
    {
        var activity = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "hello");

        using var response = await _host.PostAsync(activity, _fake.MintToken(new FakeTokenSpec(ExpiresIn: TimeSpan.FromMinutes(-3))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _fake.WaitForAsync(a => a.Type == "message");
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForChannel_Returns401()
    {
        _fake.Endorsements = ["webchat"];
        var bad = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "bad question", id: "bad-1", conversationId: "a:bad");

        using var response = await _host.PostAsync(bad, _fake.MintToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Requests);
        Assert.Equal(0, _host.Services.GetTeamsStatus().ActivitiesReceived);
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401()
    {
        var bad = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "bad question", id: "bad-1", conversationId: "a:bad");

        using var response = await _host.PostAsync(bad, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Post_WrongScheme_Returns401()
    {
        var bad = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "bad question", id: "bad-1", conversationId: "a:bad");

        using var response = await _host.PostRawAsync(bad.ToJsonString(), _fake.MintToken(), scheme: "Basic");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Post_GarbageToken_Returns401()
    {
        var bad = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "bad question", id: "bad-1", conversationId: "a:bad");

        using var response = await _host.PostAsync(bad, "not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    /// <summary>Sends a valid activity afterwards; with one worker, its answer proves the refused one was never queued.</summary>
    private async Task AssertNothingDoneAsync()
    {
        Assert.Equal(1, _host.Services.GetTeamsStatus().AuthFailures);
        var good = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "good question", id: "good-1", conversationId: "a:good");
        using var response = await _host.PostAsync(good, _fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _fake.WaitForAsync(a => a.Type == "message" && a.ConversationId == "a:good");

        Assert.DoesNotContain(_fake.Activities, a => a.ConversationId == "a:bad");
        var request = Assert.Single(_bot.Requests);
        Assert.Equal("good question", request.Text);
    }
}
