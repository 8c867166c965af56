using System.Diagnostics;
using System.Runtime;

namespace PartnerBot.Diagnostics;

/// <summary>
/// Brings a process to its steady state before it is measured. Tiered compilation first runs quickly compiled
/// code, then instrumented code, and only then fully optimised code; a background thread promotes hot methods once
/// no new method has been compiled for about 100 ms, which on 2 busy cores takes tens of seconds. Timing before that
/// measures the JIT, not the program — a service that runs for hours runs optimised code.
/// </summary>
public static class JitWarmUp
{
    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Runs <paramref name="pass"/> at least <paramref name="minPasses"/> times, then until a pass (and the quiet
    /// moment after it) compiled no method, or <paramref name="limit"/> has passed.
    /// </summary>
    public static async Task<WarmUpResult> RunAsync(int minPasses, Func<Task> pass, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var clock = Stopwatch.StartNew();
        var passes = 0;
        long before;
        do
        {
            before = JitInfo.GetCompiledMethodCount();
            await pass().ConfigureAwait(false);
            await Task.Delay(s_quiet).ConfigureAwait(false);
            passes++;
        }
        while ((passes < minPasses || JitInfo.GetCompiledMethodCount() != before) && clock.Elapsed < limit);
        return new WarmUpResult(passes, clock.Elapsed, JitInfo.GetCompiledMethodCount(), JitInfo.GetCompiledMethodCount() == before);
    }
}
