using System.Globalization;
using PartnerBot.Diagnostics;

namespace PartnerBot.Benchmarks;

/// <summary>Command-line options and the warm-up shared by the loopback benchmarks.</summary>
internal static class BenchmarkOptions
{
    /// <summary>The positive integer after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    /// <summary>Warms up until the JIT has settled (see <see cref="JitWarmUp"/>) and says how long that took.</summary>
    public static async Task WarmUpAsync(int minRounds, Func<Task> round)
    {
        var result = await JitWarmUp.RunAsync(minRounds, round, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        Console.WriteLine($"warm-up: {result}");
    }
}
