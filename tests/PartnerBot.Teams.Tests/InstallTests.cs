using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>Install and uninstall: conversation references and the welcome message.</summary>
public sealed class InstallTests : IAsyncLifetime
{
    private readonly FakeBot _bot = new();
    private readonly SignallingReferenceStore _store = new();
    private FakeBotConnector _fake = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotConnector.StartAsync();
        // One worker: activities are handled in arrival order.
        _host = await TeamsTestHost.StartAsync(_fake, _bot, settings: new Dictionary<string, string?> { ["MaxConcurrency"] = "1" },
            services: s => s.AddSingleton<IConversationReferenceStore>(_store));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task InstallationUpdate_AddThenRemove_ReferenceStoredWithWelcomeThenRemoved()
    {
        var saved = _store.WaitForAsync("save", "a:personal-1");
        using var add = await _host.PostAsync(TeamsActivities.InstallationUpdate(_fake.ServiceUrl, _fake.AppId, "add"), _fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        await saved;

        var reference = await _store.GetAsync("a:personal-1", CancellationToken.None);
        Assert.Equal(
            new TeamsConversationReference("a:personal-1", _fake.ServiceUrl, TeamsActivities.TenantId, TeamsActivities.BotId(_fake.AppId), "msteams", "personal", "PartnerBot"),
            reference);
        var welcome = await _fake.WaitForAsync(a => a.Type == "message" && a.ConversationId == "a:personal-1");
        Assert.Null(welcome.ReplyToId);
        Assert.StartsWith("Welcome to PartnerBot", welcome.Body["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());

        var removed = _store.WaitForAsync("remove", "a:personal-1");
        using var remove = await _host.PostAsync(
            TeamsActivities.InstallationUpdate(_fake.ServiceUrl, _fake.AppId, "remove", id: "f:install-2"), _fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        await removed;
        Assert.Null(await _store.GetAsync("a:personal-1", CancellationToken.None));
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedThenRemoved_ReferenceStoredThenRemoved()
    {
        const string team = "19:team@thread.tacv2";
        var saved = _store.WaitForAsync("save", team);
        using var add = await _host.PostAsync(TeamsActivities.ConversationUpdate(_fake.ServiceUrl, _fake.AppId, added: true), _fake.MintToken());
        await saved;
        Assert.Equal("channel", (await _store.GetAsync(team, CancellationToken.None))?.ConversationType);
        await _fake.WaitForAsync(a => a.Type == "message" && a.ConversationId == team);

        var removed = _store.WaitForAsync("remove", team);
        using var remove = await _host.PostAsync(
            TeamsActivities.ConversationUpdate(_fake.ServiceUrl, _fake.AppId, added: false, id: "f:update-2"), _fake.MintToken());
        await removed;
        Assert.Empty(await _store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InstallAnnouncedTwice_OneWelcome()
    {
        var saved = _store.WaitForAsync("save", "a:personal-1");
        using var install = await _host.PostAsync(TeamsActivities.InstallationUpdate(_fake.ServiceUrl, _fake.AppId, "add"), _fake.MintToken());
        await saved;
        await _fake.WaitForAsync(a => a.Type == "message" && a.ConversationId == "a:personal-1");
        var update = TeamsActivities.ConversationUpdate(_fake.ServiceUrl, _fake.AppId, added: true, conversationId: "a:personal-1");
        using var second = await _host.PostAsync(update, _fake.MintToken());
        // A message afterwards in the same conversation: once it is answered, the update before it has been handled.
        using var message = await _host.PostAsync(
            TeamsActivities.Message(_fake.ServiceUrl, _fake.AppId, "hi", id: "m-after", conversationId: "a:personal-1"), _fake.MintToken());
        await _fake.WaitForAsync(a => a.ReplyToId == "m-after");

        Assert.Single(_fake.Activities, a => a.Type == "message" && a.ConversationId == "a:personal-1" && a.ReplyToId is null);
        Assert.Equal(2, _fake.Activities.Count(a => a.Type == "message" && a.ConversationId == "a:personal-1"));
    }
}
