using PartnerBot.Discord.Gateway;
using PartnerBot.Discord.Tests.Support;
using PartnerBot.TestSupport;

namespace PartnerBot.Discord.Tests;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task Wait_OrdinarySendsAtCap_WaitHeartbeatStillPasses()
    {
        var clock = new ManualTimeProvider();
        var limiter = new GatewaySendLimiter(clock);
        for (var i = 0; i < 117; i++) await limiter.WaitAsync(false, CancellationToken.None);

        var blocked = clock.WaitForTimerAsync(TimeSpan.FromSeconds(60));
        var ordinary = limiter.WaitAsync(false, CancellationToken.None).AsTask();
        await blocked;
        Assert.False(ordinary.IsCompleted);
        await limiter.WaitAsync(true, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        clock.Advance(TimeSpan.FromSeconds(60));
        await ordinary.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task IdentifyGate_SecondIdentifyInSameBucket_WaitsFiveSeconds()
    {
        var clock = new ManualTimeProvider();
        var gate = new IdentifyGate(clock, maxConcurrency: 1);
        await gate.WaitAsync(0, TimeSpan.Zero, CancellationToken.None);

        var waiting = clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        var second = gate.WaitAsync(1, TimeSpan.Zero, CancellationToken.None);
        await waiting;
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task IdentifyGate_DifferentBuckets_NoWait()
    {
        var gate = new IdentifyGate(new ManualTimeProvider(), maxConcurrency: 2);
        await gate.WaitAsync(0, TimeSpan.Zero, CancellationToken.None);

        await gate.WaitAsync(1, TimeSpan.Zero, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
