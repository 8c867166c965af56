using System.Net;
using System.Text.Json.Nodes;
using PartnerBot.Core.Conversation;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>Message handling end to end: routing, card submits, duplicates, bad bodies.</summary>
public sealed class MessageTests : IAsyncLifetime
{
    private readonly FakeBot _bot = new();
    private FakeBotConnector _fake = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(_fake, _bot, settings: new Dictionary<string, string?>
        {
            ["MaxConcurrency"] = "1",
            ["MaxRequestBytes"] = "8192",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Theory]
    [InlineData("company Huawei", BotCommand.Company, "Huawei")]
    [InlineData("help", BotCommand.Help, "")]
    [InlineData("subscribe fact", BotCommand.SubscribeFact, "")]
    [InlineData("Which firms from Wuhan invested?", BotCommand.Ask, "Which firms from Wuhan invested?")]
    public async Task Post_MessageWithBotMention_MentionStrippedAndRouted(string text, BotCommand command, string expected)
    {
        var activity = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, text, mention: true);

        using var response = await _host.PostAsync(activity, _fake.MintToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _fake.WaitForAsync(a => a.Type == "message");
        var request = Assert.Single(_bot.Requests);
        Assert.Equal(command, request.Command);
        Assert.Equal(expected, request.Text);
        Assert.Equal(new BotUser("teams", TeamsActivities.UserAadId, "Ada Lovelace"), request.User);
        Assert.Equal(new BotLocation("teams", "19:abc@thread.tacv2;messageid=1485983408511", TeamsActivities.TenantId), request.Location);
    }

    [Theory]
    [InlineData("feedbackUp", BotCommand.FeedbackUp)]
    [InlineData("feedbackDown", BotCommand.FeedbackDown)]
    [InlineData("moreSources", BotCommand.MoreSources)]
    public async Task Post_CardSubmit_RoutedWithReplyId(string action, BotCommand command)
    {
        var value = new JsonObject { ["partnerbot"] = action, ["replyId"] = "r-123" };
        var activity = TeamsActivities.CardSubmit(_fake.ServiceUrl, _fake.AppId, value);

        using var response = await _host.PostAsync(activity, _fake.MintToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _fake.WaitForAsync(a => a.Type == "message");
        var request = Assert.Single(_bot.Requests);
        Assert.Equal(command, request.Command);
        Assert.Equal("r-123", request.Text);
    }

    [Fact]
    public async Task Post_SameActivityTwice_ProcessedOnce()
    {
        var activity = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "first", id: "dup-1", conversationId: "a:one");
        using var first = await _host.PostAsync(activity, _fake.MintToken());
        using var second = await _host.PostAsync(activity, _fake.MintToken());
        var other = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "second", id: "other-1", conversationId: "a:two");
        using var third = await _host.PostAsync(other, _fake.MintToken());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _fake.WaitForAsync(a => a.Type == "message" && a.ConversationId == "a:two");
        Assert.Equal(["first", "second"], _bot.Requests.Select(r => r.Text));
        Assert.Single(_fake.Activities, a => a.Type == "message" && a.ConversationId == "a:one");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"a:1\"},\"isGroup\":\"x\",\"serviceUrl\":42}")]
    public async Task Post_MalformedBody_Returns400(string body)
    {
        using var response = await _host.PostRawAsync(body, _fake.MintToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Requests);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        var activity = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, new string('x', 9000));

        using var response = await _host.PostAsync(activity, _fake.MintToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnsupportedInvoke_Returns501()
    {
        var activity = TeamsActivities.Invoke(_fake.ServiceUrl, _fake.AppId, "task/fetch");

        using var response = await _host.PostAsync(activity, _fake.MintToken());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Returns405()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(_host.MessagesUrl);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_ReplyCard_MatchesApprovedSnapshot()
    {
        var activity = TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "what did Leeds sign?", mention: true);

        using var response = await _host.PostAsync(activity, _fake.MintToken());

        var reply = await _fake.WaitForAsync(a => a.Type == "message");
        var card = reply.Body["attachments"]![0]!["content"]!;
        Snapshot.AssertMatches("ReplyCard", card);
        Assert.Equal("Leeds and Wuhan signed a *trade* partnership in 2020.", reply.Body["summary"]!.GetValue<string>().Split('\n')[0]);
        Assert.Null(reply.Body["text"]);
    }
}
