using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rest;
using PartnerBot.Discord.Tests.Support;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Discord;

namespace PartnerBot.Discord.Tests;

public sealed class RestClientTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private FakeDiscord _fake = null!;
    private DiscordRestClient _rest = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _fake.Clock = _clock;
        _http = new HttpClient();
        _rest = Create(_fake.Token);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Send_RateLimited_WaitsRetryAfterThenSucceeds(bool global)
    {
        _fake.Fail("POST", "/channels/", FakeFault.RateLimited(2.5, global));
        var waiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(2.5));

        var send = _rest.CreateMessageAsync("42", Message(), CancellationToken.None);
        await waiting;
        Assert.Single(_fake.RequestsTo("POST", "/channels/42/messages"));
        _clock.Advance(TimeSpan.FromSeconds(2.5));
        await send.WaitAsync(TimeSpan.FromSeconds(10));

        var requests = _fake.RequestsTo("POST", "/channels/42/messages");
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Send_GlobalRateLimited_OtherRoutesWaitToo()
    {
        _fake.Fail("POST", "/channels/1/", FakeFault.RateLimited(3, global: true));
        var waiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        var first = _rest.CreateMessageAsync("1", Message(), CancellationToken.None);
        await waiting;

        var secondWaiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        var second = _rest.CreateMessageAsync("2", Message(), CancellationToken.None);
        await secondWaiting;
        Assert.Empty(_fake.RequestsTo("POST", "/channels/2/"));
        _clock.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, Assert.Single(_fake.RequestsTo("POST", "/channels/2/")).Status);
    }

    [Fact]
    public async Task Send_ServerError_RetriedWithBackoff()
    {
        _fake.Fail("POST", "/channels/", FakeFault.ServerError());
        var waiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));

        var send = _rest.CreateMessageAsync("7", Message(), CancellationToken.None);
        await waiting;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([500, 200], _fake.RequestsTo("POST", "/channels/7/").Select(r => r.Status));
    }

    [Fact]
    public async Task Send_Unauthorized_StopsAndFailsFastAfterwards()
    {
        var rest = Create("wrong-token");

        await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => rest.GetGatewayBotAsync(CancellationToken.None));
        var ex = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => rest.CreateMessageAsync("1", Message(), CancellationToken.None));

        Assert.Contains("Discord__Token", ex.Message);
        Assert.Single(_fake.Requests.Snapshot());
        Assert.True(rest.Unauthorized);
    }

    [Fact]
    public async Task Send_ClientError_ReportedWithoutRetry()
    {
        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => _rest.SendAsync(
            new DiscordRoute(HttpMethod.Get, "/nowhere", "/nowhere", ""), null, CancellationToken.None));

        Assert.Equal(404, ex.Status);
        Assert.Single(_fake.Requests.Snapshot());
    }

    [Fact]
    public async Task Send_BucketExhausted_WaitsForResetOnlyForThatChannel()
    {
        _fake.MessageBucketRemaining = 0;
        _fake.MessageBucketResetAfter = 2;
        await _rest.CreateMessageAsync("9", Message(), CancellationToken.None);

        var waiting = _clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        var sameChannel = _rest.CreateMessageAsync("9", Message(), CancellationToken.None);
        await waiting;
        await _rest.CreateMessageAsync("10", Message(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(sameChannel.IsCompleted);
        Assert.Single(_fake.RequestsTo("POST", "/channels/9/"));

        _clock.Advance(TimeSpan.FromSeconds(2));
        await sameChannel.WaitAsync(TimeSpan.FromSeconds(10));
        var requests = _fake.RequestsTo("POST", "/channels/9/");
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2));
    }

    private DiscordRestClient Create(string token) => new(_http,
        new DiscordOptions { Token = token, ApiBaseUrl = _fake.ApiBaseUrl.ToString() }, _clock, NullLogger.Instance, new DiscordMetrics());

    private static JsonMessageCreate Message() => new() { Content = "hi" };
}
