using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord;
using PartnerBot.TestSupport.Discord;
using PartnerBot.Diagnostics;

namespace PartnerBot.Benchmarks;

/// <summary>
/// Loopback benchmark for the Discord part: the fake Discord sends N concurrent <c>/ask</c> INTERACTION_CREATEs over
/// the gateway; latency is from the fake sending each one to its interaction callback arriving back at the fake.
/// Usage: <c>discord [--count 200] [--rounds 5] [--warmup 10]</c>.
/// </summary>
internal static class DiscordBenchmark
{
    /// <summary>The brain to measure; point it at the real engine to include answering time.</summary>
    public static Func<IBot> BotFactory { get; set; } = () => new QuickBot();

    public static async Task<int> RunAsync(string[] args)
    {
        var count = BenchmarkOptions.Int(args, "--count", 200);
        var rounds = BenchmarkOptions.Int(args, "--rounds", 5);
        var warmup = BenchmarkOptions.Int(args, "--warmup", 10);
        await using var fake = await FakeDiscord.StartAsync();
        fake.KeepRequests = false;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(BotFactory()).AddDiscordBot(config).BuildServiceProvider();
        var hosted = services.GetServices<IHostedService>().ToList();
        var status = services.GetRequiredService<DiscordStatus>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        status.Changed += s => { if (s.State == DiscordState.Ready) ready.TrySetResult(); };
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var gateway = await fake.WaitForConnectionAsync(0);

        var sentAt = new ConcurrentDictionary<string, long>();
        var latencies = new ConcurrentBag<double>();
        Countdown? pending = null;
        fake.RequestArrived += request =>
        {
            if (request.Method != "POST" || !request.Path.StartsWith("/interactions/", StringComparison.Ordinal)) return;
            var id = request.Path.Split('/')[2];
            if (sentAt.TryRemove(id, out var start))
            {
                latencies.Add(Stopwatch.GetElapsedTime(start, request.Timestamp).TotalMilliseconds);
                pending?.Signal();
            }
        };

        await BenchmarkOptions.WarmUpAsync(warmup, () => RoundAsync(fake, gateway, sentAt, count, c => pending = c));
        latencies.Clear();
        var all = new List<double>();
        Console.WriteLine($"Discord loopback: {rounds} rounds × {count} concurrent /ask interactions ({Environment.ProcessorCount} cores)");
        for (var round = 1; round <= rounds; round++)
        {
            latencies.Clear();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen2Before = GC.CollectionCount(2);
            var wall = await RoundAsync(fake, gateway, sentAt, count, c => pending = c);
            var sorted = latencies.Order().ToList();
            all.AddRange(sorted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: p50 {Percentile.Of(sorted, 0.50):F1} ms, p99 {Percentile.Of(sorted, 0.99):F1} ms, max {sorted[^1]:F1} ms, wall {wall.TotalMilliseconds:F0} ms, cpu {(Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds:F0} ms, GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms ({GC.CollectionCount(2) - gen2Before} gen2)"));
        }
        all.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all: n={all.Count} p50 {Percentile.Of(all, 0.50):F1} ms, p99 {Percentile.Of(all, 0.99):F1} ms, max {all[^1]:F1} ms"));
        foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
        return 0;
    }

    private static async Task<TimeSpan> RoundAsync(FakeDiscord fake, FakeGatewayConnection gateway, ConcurrentDictionary<string, long> sentAt,
        int count, Action<Countdown> setPending)
    {
        var pending = new Countdown(count);
        setPending(pending);
        var interactions = Enumerable.Range(0, count)
            .Select(i => fake.SlashCommand("ask", ("question", 3, (JsonNode)BenchmarkQuestions.For(i))))
            .ToList();
        var started = Stopwatch.GetTimestamp();
        foreach (var interaction in interactions)
        {
            sentAt[(string)interaction["id"]!] = Stopwatch.GetTimestamp();
            await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);
        }
        await pending.Done.WaitAsync(TimeSpan.FromSeconds(60)); // never block a pool thread: it would skew the figures
        return Stopwatch.GetElapsedTime(started);
    }



    /// <summary>Completes <see cref="Done"/> after <c>count</c> signals, without blocking a thread.</summary>
    private sealed class Countdown(int count)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _left = count;

        public Task Done => _done.Task;

        public void Signal()
        {
            if (Interlocked.Decrement(ref _left) == 0) _done.TrySetResult();
        }
    }

    /// <summary>Answers at once with a typical reply (two citations, buttons).</summary>
    private sealed class QuickBot : IBot
    {
        public Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new BotReply(
                Guid.NewGuid().ToString("N")[..8],
                ReplyKind.Answer,
                null,
                "Leeds City Region and Wuhan signed a memorandum on trade and investment in 2020.",
                [Cite("Leeds and Wuhan sign trade memorandum"), Cite("Wuhan delegation visits Leeds")],
                ["What did Leeds agree with Wuhan?"],
                [new ReplyButton("More sources", ButtonAction.MoreSources, "r"), new ReplyButton("👍", ButtonAction.FeedbackUp, "r"), new ReplyButton("👎", ButtonAction.FeedbackDown, "r")]));

        public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25) => [];

        private static Citation Cite(string title) => new(title, new DateOnly(2020, 3, 11), "Trade", "a.md", null,
            "The memorandum covers trade, investment and university partnerships between the two cities.", [new Highlight(4, 10)], 1, 1);
    }
}
