using System.Globalization;

namespace PartnerBot.Benchmarks;

/// <summary>Command-line options and percentiles shared by the loopback benchmarks.</summary>
internal static class BenchmarkOptions
{
    /// <summary>The positive integer after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    /// <summary>
    /// Runs <paramref name="round"/> until the process is in its steady state: at least <paramref name="minRounds"/>
    /// times, then until the JIT compiled nothing during a round (at most two minutes). Tiered compilation promotes
    /// hot methods step by step (quick code → instrumented → optimised) on a background thread that, on 2 busy
    /// cores, needs tens of seconds; measuring before that measures the JIT. A bot is measured as it runs for hours.
    /// </summary>
    public static async Task WarmUpAsync(int minRounds, Func<Task> round)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rounds = 0;
        long compiled;
        do
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await round().ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false); // tiering waits for 100 ms without new methods
            rounds++;
        }
        while ((rounds < minRounds || System.Runtime.JitInfo.GetCompiledMethodCount() != compiled) && clock.Elapsed < TimeSpan.FromMinutes(2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {rounds} rounds in {clock.Elapsed.TotalSeconds:F0} s, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled"));
    }

    /// <summary>Nearest-rank percentile (<paramref name="fraction"/> 0.5 = p50) of an ascending list; NaN when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
