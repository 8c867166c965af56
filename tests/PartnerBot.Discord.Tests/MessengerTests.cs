using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.Messaging;
using PartnerBot.Discord.Rest;
using PartnerBot.Discord.Tests.Support;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Discord;

namespace PartnerBot.Discord.Tests;

public sealed class MessengerTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly HttpClient _http = new();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Send_Reply_EmbedPostedMessageIdReturned()
    {
        var id = await Messenger().SendAsync("42", Reply(), CancellationToken.None);

        var request = Assert.Single(_fake.RequestsTo("POST", "/channels/42/messages"));
        Assert.Contains("\"Fact of the day\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"parse\":[]", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"flags\"", request.Body, StringComparison.Ordinal);
        Assert.Matches("^[0-9]+$", id);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    public async Task Send_ChannelGoneOrForbidden_Permanent(int status)
    {
        _fake.Fail("POST", "/channels/42/", new FakeFault(status));

        var ex = await Assert.ThrowsAsync<DiscordDeliveryException>(() => Messenger().SendAsync("42", Reply(), CancellationToken.None));

        Assert.True(ex.Permanent);
        Assert.Equal(status, ex.Status);
    }

    [Fact]
    public async Task Send_ServerErrorsBeyondRetries_Transient()
    {
        _fake.Fail("POST", "/channels/42/", FakeFault.ServerError(times: 4));
        var waiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        var send = Messenger().SendAsync("42", Reply(), CancellationToken.None);
        foreach (var (seconds, next) in new[] { (1, 2), (2, 4), (4, 0) })
        {
            await waiting;
            if (next > 0) waiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(next));
            _clock.Advance(TimeSpan.FromSeconds(seconds));
        }

        var ex = await Assert.ThrowsAsync<DiscordDeliveryException>(() => send.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.False(ex.Permanent);
        Assert.Equal(500, ex.Status);
    }

    [Fact]
    public async Task Send_BadToken_PermanentWith401()
    {
        var ex = await Assert.ThrowsAsync<DiscordDeliveryException>(() => Messenger("wrong").SendAsync("42", Reply(), CancellationToken.None));

        Assert.Equal(401, ex.Status);
    }

    private DiscordMessenger Messenger(string? token = null) => new(new DiscordRestClient(_http,
        new DiscordOptions { Token = token ?? _fake.Token, ApiBaseUrl = _fake.ApiBaseUrl.ToString() }, _clock, NullLogger.Instance, new DiscordMetrics()));

    private static BotReply Reply() => new("r1", ReplyKind.Fact, "Fact of the day", "Leeds and Hangzhou have been sister cities since 1988.", [], ["Ask me more with /ask"], []);
}
