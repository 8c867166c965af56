using PartnerBot.TestSupport;

namespace PartnerBot.Discord.Tests.Support;

/// <summary>"The client is now waiting for X" signals, so tests never sleep.</summary>
internal static class ClockExtensions
{
    /// <summary>Completes when a timer with exactly <paramref name="due"/> is armed. Call before triggering it.</summary>
    public static Task WaitForTimerAsync(this ManualTimeProvider clock, TimeSpan due)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<TimeSpan>? handler = null;
        handler = d =>
        {
            if (d != due) return;
            clock.TimerCreated -= handler;
            done.TrySetResult();
        };
        clock.TimerCreated += handler;
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
