using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.Interactions;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rest;
using PartnerBot.Discord.Tests.Support;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Discord;

namespace PartnerBot.Discord.Tests;

public sealed class ChatMessageHandlerTests : IAsyncLifetime
{
    private const string Self = "200000000000000002";
    private readonly ManualTimeProvider _clock = new();
    private readonly FakeBot _bot = new();
    private readonly HttpClient _http = new();
    private FakeDiscord _fake = null!;
    private ChatMessageHandler _handler = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        var rest = new DiscordRestClient(_http, new DiscordOptions { Token = _fake.Token, ApiBaseUrl = _fake.ApiBaseUrl.ToString() },
            _clock, NullLogger.Instance, new DiscordMetrics());
        _handler = new ChatMessageHandler(_bot, rest, new UserCooldown(_clock, 3, TimeSpan.FromSeconds(20)), NullLogger.Instance);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Theory]
    [InlineData(true, "999")]
    [InlineData(false, Self)]
    public async Task Handle_FromBotOrItself_Ignored(bool authorIsBot, string authorId)
    {
        await _handler.HandleAsync(Message(new JsonUser { Id = authorId, Bot = authorIsBot }, guild: null), Self, CancellationToken.None);

        Assert.Empty(_bot.Requests);
        Assert.Empty(_fake.Requests.Snapshot());
    }

    [Fact]
    public async Task Handle_GuildMessageNotAddressedToBot_Ignored()
    {
        await _handler.HandleAsync(Message(new JsonUser { Id = "1" }, guild: "5"), Self, CancellationToken.None);

        Assert.Empty(_bot.Requests);
    }

    [Fact]
    public async Task Handle_DirectMessage_AnsweredAsReply()
    {
        var message = Message(new JsonUser { Id = "1" }, guild: null, content: "hello there");

        await _handler.HandleAsync(message, Self, CancellationToken.None);

        Assert.Equal("hello there", Assert.Single(_bot.Requests).Text);
        var body = DiscordHarness.Body(Assert.Single(_fake.Requests.Snapshot()));
        Assert.Equal(message.Id, (string?)body["message_reference"]!["message_id"]);
    }

    [Fact]
    public async Task Handle_ReplyToBotMessage_Answered()
    {
        var message = Message(new JsonUser { Id = "1" }, guild: "5", content: "and then?");
        message.ReferencedMessage = new JsonMessage { Id = "77", ChannelId = "9", Author = new JsonUser { Id = Self } };

        await _handler.HandleAsync(message, Self, CancellationToken.None);

        Assert.Equal(BotCommand.Ask, Assert.Single(_bot.Requests).Command);
    }

    [Fact]
    public async Task Handle_Flood_OneNoticeThenSilenceUntilWindowPasses()
    {
        var user = new JsonUser { Id = "1" };
        for (var i = 0; i < 5; i++)
            await _handler.HandleAsync(Message(user, guild: null, content: "q" + i), Self, CancellationToken.None);

        Assert.Equal(3, _bot.Requests.Count);
        var posts = _fake.Requests.Snapshot();
        Assert.Equal(4, posts.Count);
        Assert.Contains("wait a few seconds", (string?)DiscordHarness.Body(posts[3])["content"]);

        _clock.Advance(TimeSpan.FromSeconds(20));
        await _handler.HandleAsync(Message(user, guild: null, content: "later"), Self, CancellationToken.None);
        Assert.Equal(4, _bot.Requests.Count);
    }

    [Fact]
    public void StripMentions_BothForms_Removed()
    {
        Assert.Equal("hi there", ChatMessageHandler.StripMentions($"<@{Self}> hi <@!{Self}>  there", Self));
    }

    private static JsonMessage Message(JsonUser author, string? guild, string content = "question") => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "9",
        GuildId = guild,
        Author = author,
        Content = content,
        Mentions = [],
    };
}
