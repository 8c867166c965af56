using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public async Task Delay_CompletesOnlyWhenClockAdvancesPastDueTime()
    {
        var time = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromSeconds(10), time);

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(delay.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task PeriodicTimer_TicksOncePerPeriod()
    {
        var time = new ManualTimeProvider();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        var tick = timer.WaitForNextTickAsync().AsTask();
        Assert.False(tick.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await tick.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
