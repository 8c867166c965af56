using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerBot.Hosting;
using PartnerBot.TestSupport;
using PartnerBot.Diagnostics;

namespace PartnerBot.Benchmarks;

/// <summary>
/// <c>load [--seconds N] [--no-cache]</c>: starts the real host on 127.0.0.1:0 (seeds, in-memory index, rate limit off) and
/// posts the dev questions to <c>/api/ask</c> at concurrency 1, 2, 4, … 64 for N seconds each, stopping when
/// throughput fails to grow by 5 % twice in a row. Reports requests/s, p50/p99 and memory at the best level.
/// </summary>
internal static class LoadBenchmark
{
    private static readonly int[] s_levels = [1, 2, 4, 8, 16, 32, 64];

    /// <summary>The host's <c>Knowledge:AnswerCacheSize</c>; <c>--no-cache</c> sets 0 so every request runs the engine.</summary>
    public static int AnswerCacheSize { get; set; } = 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length >= 2 && args[0] == "--seconds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var questions = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "PartnerBot.Tests", "Eval", "dev-questions.jsonl"))
            .Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!).ToArray();
        await using var app = ServiceHost.Build(new HostSettings(RepoPaths.Seeds, ":memory:", "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["Knowledge:ConfigFolder"] = RepoPaths.Config,
            ["Knowledge:Watch"] = "false",
            ["RateLimit:PermitLimit"] = "0",
            ["Knowledge:AnswerCacheSize"] = AnswerCacheSize.ToString(CultureInfo.InvariantCulture),
        }), builder => builder.Logging.ClearProviders());
        await app.StartAsync();
        await app.Services.GetRequiredService<Knowledge.ReloadingKnowledgeSource>().WhenLoaded.WaitAsync(TimeSpan.FromMinutes(2));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(app.Urls.First()),
        };

        Console.WriteLine($"{questions.Length} questions, {seconds} s per level, {Environment.ProcessorCount} cores, server GC: {System.Runtime.GCSettings.IsServerGC}, answer cache: {AnswerCacheSize}");
        await BenchmarkOptions.WarmUpAsync(3, () => RunLevel(http, questions, 4, TimeSpan.FromSeconds(1))); // JIT, connection pool
        Console.WriteLine("concurrency  req/s     p50 ms   p99 ms   errors");
        Level? best = null;
        var flat = 0;
        foreach (var concurrency in s_levels)
        {
            var level = await RunLevel(http, questions, concurrency, TimeSpan.FromSeconds(seconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{concurrency,11}  {level.Throughput,8:0.0}  {level.P50,7:0.00}  {level.P99,7:0.00}  {level.Errors,6}"));
            // Growth under 5 % twice in a row (one noisy level on a shared machine is not a plateau).
            flat = best is not null && level.Throughput < best.Throughput * 1.05 ? flat + 1 : 0;
            if (best is null || level.Throughput > best.Throughput) best = level;
            if (flat == 2) break;
        }
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best: concurrency {best!.Concurrency}, {best.Throughput:0} req/s, p50 {best.P50:0.00} ms, p99 {best.P99:0.00} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: working set {process.WorkingSet64 / 1048576.0:0} MB (peak {process.PeakWorkingSet64 / 1048576.0:0} MB), GC heap {gc.HeapSizeBytes / 1048576.0:0} MB, managed in use {GC.GetTotalMemory(false) / 1048576.0:0} MB (client and server in one process)"));
        await app.StopAsync();
        return 0;
    }

    private static async Task<Level> RunLevel(HttpClient http, string[] questions, int concurrency, TimeSpan duration)
    {
        var time = TimeProvider.System;
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var next = -1;
        var started = time.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * time.TimestampFrequency);
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (time.GetTimestamp() < end)
            {
                var question = questions[(int)((uint)Interlocked.Increment(ref next) % questions.Length)];
                var t0 = time.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/ask", new { question }).ConfigureAwait(false);
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                mine.Add(time.GetElapsedTime(t0).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = time.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Level(concurrency, all.Length / elapsed, Percentile.Of(all, 0.50), Percentile.Of(all, 0.99), errors);
    }


    private sealed record Level(int Concurrency, double Throughput, double P50, double P99, int Errors);
}
