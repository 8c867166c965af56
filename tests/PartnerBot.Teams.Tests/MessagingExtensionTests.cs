using System.Net;
using System.Text.Json.Nodes;
using PartnerBot.Core.Conversation;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>The company search messaging extension (<c>composeExtension/query</c>), answered synchronously.</summary>
public sealed class MessagingExtensionTests : IAsyncLifetime
{
    private readonly FakeBot _bot = new();
    private FakeBotConnector _fake = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(_fake, _bot);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Query_MatchingPrefix_ReturnsResultListOfCompanyCards()
    {
        using var response = await _host.PostAsync(TeamsActivities.ComposeExtensionQuery(_fake.ServiceUrl, _fake.AppId, "leeds"), _fake.MintToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal("result", body["type"]!.GetValue<string>());
        Assert.Equal("list", body["attachmentLayout"]!.GetValue<string>());
        var attachments = body["attachments"]!.AsArray();
        Assert.Equal(["Leeds Bradford Airport", "Leeds Beckett University", "Leeds City Council"],
            attachments.Select(a => a!["preview"]!["content"]!["title"]!.GetValue<string>()));
        foreach (var attachment in attachments)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment!["contentType"]!.GetValue<string>());
            Assert.Equal("application/vnd.microsoft.card.thumbnail", attachment["preview"]!["contentType"]!.GetValue<string>());
            Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
            Assert.DoesNotContain("Action.Submit", attachment["content"]!.ToJsonString());
        }
        Assert.All(_bot.Requests, r => Assert.Equal(BotCommand.Company, r.Command));
        Assert.Equal(3, _bot.Requests.Count);
        Assert.Empty(_fake.Activities);
    }

    [Fact]
    public async Task Query_NoMatch_ReturnsMessage()
    {
        using var response = await _host.PostAsync(TeamsActivities.ComposeExtensionQuery(_fake.ServiceUrl, _fake.AppId, "zzz"), _fake.MintToken());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Contains("zzz", body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_CountOption_LimitsResults()
    {
        using var response = await _host.PostAsync(
            TeamsActivities.ComposeExtensionQuery(_fake.ServiceUrl, _fake.AppId, "leeds", count: 2), _fake.MintToken());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal(2, body["attachments"]!.AsArray().Count);
    }
}
