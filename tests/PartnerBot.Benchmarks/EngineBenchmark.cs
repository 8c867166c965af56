using System.Diagnostics;
using System.Globalization;
using PartnerBot.Core.Conversation;
using PartnerBot.Diagnostics;

namespace PartnerBot.Benchmarks;

/// <summary>
/// The brain alone, with the same concurrency as the loopback benchmarks: N <c>/ask</c> requests started at once on
/// the thread pool; reports each request's latency from the start of the burst, and the burst's wall time.
/// Usage: <c>engine [--count 200] [--rounds 5] [--warmup 10]</c>. Separates answering cost from the platform clients' cost.
/// </summary>
internal static class EngineBenchmark
{
    public static Func<IBot> BotFactory { get; set; } = () => throw new InvalidOperationException("engine needs the real bot");

    public static async Task<int> RunAsync(string[] args)
    {
        var count = BenchmarkOptions.Int(args, "--count", 200);
        var rounds = BenchmarkOptions.Int(args, "--rounds", 5);
        var warmup = BenchmarkOptions.Int(args, "--warmup", 10);
        var bot = BotFactory();
        await BenchmarkOptions.WarmUpAsync(warmup, () => BurstAsync(bot, count));
        var all = new List<double>();
        Console.WriteLine($"Engine: {rounds} rounds × {count} concurrent /ask requests ({Environment.ProcessorCount} cores)");
        for (var round = 1; round <= rounds; round++)
        {
            var (latencies, wall) = await BurstAsync(bot, count);
            latencies.Sort();
            all.AddRange(latencies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: p50 {Percentile.Of(latencies, 0.50):F1} ms, p99 {Percentile.Of(latencies, 0.99):F1} ms, wall {wall.TotalMilliseconds:F0} ms"));
        }
        all.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all: n={all.Count} p50 {Percentile.Of(all, 0.50):F1} ms, p99 {Percentile.Of(all, 0.99):F1} ms"));
        return 0;
    }

    private static async Task<(List<double> Latencies, TimeSpan Wall)> BurstAsync(IBot bot, int count)
    {
        var started = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await bot.HandleAsync(new BotRequest(BotCommand.Ask, BenchmarkQuestions.For(i), new BotUser("bench", "u" + i, "user"), new BotLocation("bench", "c", null)));
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        })).ToList();
        var latencies = (await Task.WhenAll(tasks)).ToList();
        return (latencies, Stopwatch.GetElapsedTime(started));
    }
}
