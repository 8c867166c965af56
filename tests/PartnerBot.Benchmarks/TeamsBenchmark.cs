using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.Teams;
using PartnerBot.TestSupport.Teams;
using PartnerBot.Diagnostics;

namespace PartnerBot.Benchmarks;

/// <summary>
/// Loopback benchmark for the Teams endpoint: N concurrent signed activities through <c>POST /api/messages</c>
/// (token validation, queue, card rendering, outbound token and reply) to the fake Bot Connector.
/// </summary>
/// <remarks>
/// Latency is measured from just before the request is sent to the moment the reply card arrives at the fake
/// connector. Tokens and bodies are prepared before the clock starts. Usage:
/// <c>dotnet run -c Release --project tests/PartnerBot.Benchmarks -- teams [--count 200] [--rounds 3] [--warmup 5]</c>.
/// </remarks>
internal static class TeamsBenchmark
{
    /// <summary>The brain behind the endpoint; the lead can point this at the real engine.</summary>
    public static Func<IBot> BotFactory { get; set; } = () => new CannedBot();

    public static async Task<int> RunAsync(string[] args)
    {
        var count = BenchmarkOptions.Int(args, "--count", 200);
        var rounds = BenchmarkOptions.Int(args, "--rounds", 3);
        await using var fake = await FakeBotConnector.StartAsync();
        await using var app = await StartHostAsync(fake);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/api/messages";
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });

        Console.WriteLine($"Teams endpoint benchmark: {count} concurrent signed activities × {rounds} rounds, {Environment.ProcessorCount} cores");
        var warmups = 0;
        await BenchmarkOptions.WarmUpAsync(BenchmarkOptions.Int(args, "--warmup", 5), () => RoundAsync(fake, client, url, $"w{warmups++}", count));
        for (var r = 1; r <= rounds; r++)
        {
            var result = await RoundAsync(fake, client, url, $"r{r}", count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {r}: reply p50 {result.P50:F1} ms, p99 {result.P99:F1} ms, max {result.Max:F1} ms; ack p50 {result.AckP50:F1} ms; {result.PerSecond:F0} requests/s"));
        }
        return 0;
    }

    private static async Task<Result> RoundAsync(FakeBotConnector fake, HttpClient client, string url, string prefix, int count)
    {
        var bodies = Enumerable.Range(0, count)
            .Select(i => TeamsActivities.Message(fake.ServiceUrl, fake.AppId, BenchmarkQuestions.For(i), id: $"{prefix}-{i}", conversationId: $"a:{prefix}-{i}").ToJsonString())
            .ToArray();
        var tokens = Enumerable.Range(0, count).Select(_ => fake.MintToken()).ToArray();
        var started = new ConcurrentDictionary<string, long>();
        var latencies = new ConcurrentBag<double>();
        var acks = new ConcurrentBag<double>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var completed = 0;
        void OnReply(RecordedActivity a)
        {
            if (a.Type != "message" || a.Status != 200 || a.ReplyToId is null || !started.TryGetValue(a.ReplyToId, out var t0)) return;
            latencies.Add(Stopwatch.GetElapsedTime(t0, a.Timestamp).TotalMilliseconds);
            if (Interlocked.Increment(ref completed) == count) done.TrySetResult();
        }
        fake.ActivityRecorded += OnReply;
        try
        {
            var clock = Stopwatch.StartNew();
            var posts = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(bodies[i], Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
                var t0 = Stopwatch.GetTimestamp();
                started[$"{prefix}-{i}"] = t0;
                using var response = await client.SendAsync(request);
                acks.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            })).ToArray();
            await Task.WhenAll(posts);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
            clock.Stop();
            var sorted = latencies.Order().ToArray();
            var sortedAcks = acks.Order().ToArray();
            return new Result(Percentile.Of(sorted, 0.50), Percentile.Of(sorted, 0.99), sorted[^1], Percentile.Of(sortedAcks, 0.50), count / clock.Elapsed.TotalSeconds);
        }
        finally
        {
            fake.ActivityRecorded -= OnReply;
        }
    }

    private static async Task<WebApplication> StartHostAsync(FakeBotConnector fake)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = fake.AppId,
            ["Teams:AppPassword"] = fake.AppPassword,
            ["Teams:OpenIdMetadataUrl"] = fake.OpenIdMetadataUrl,
            ["Teams:TokenEndpoint"] = fake.TokenEndpoint(),
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        });
        builder.Services.AddSingleton(BotFactory());
        builder.Services.AddTeamsBot(builder.Configuration);
        var app = builder.Build();
        app.MapTeamsBot();
        await app.StartAsync();
        return app;
    }



    private sealed record Result(double P50, double P99, double Max, double AckP50, double PerSecond);

    /// <summary>A constant answer with two citations, so the benchmark measures the Teams path, not the engine.</summary>
    private sealed class CannedBot : IBot
    {
        private static readonly BotReply s_reply = new(
            "bench",
            ReplyKind.Answer,
            null,
            "Leeds and Wuhan signed a trade partnership in 2020.",
            [
                new Citation("Leeds signs partnership with Wuhan", new DateOnly(2020, 3, 11), "Trade", "https://example.org/a", "https://example.org/a",
                    "Leeds and Wuhan agreed a trade partnership worth £10m.", [new Highlight(0, 5)], 1, 1),
                new Citation("Second article", null, null, "b.md", null, "Another passage about Leeds.", [], 0.5, 2),
            ],
            [],
            [new ReplyButton("👍", ButtonAction.FeedbackUp, "bench"), new ReplyButton("👎", ButtonAction.FeedbackDown, "bench")]);

        public Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default) => Task.FromResult(s_reply);

        public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25) => [];
    }
}
