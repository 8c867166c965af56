using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PartnerBot.Composition;
using PartnerBot.Core.Answering;
using PartnerBot.Diagnostics;

namespace PartnerBot.Cli;

/// <summary>
/// <c>bench --corpus DIR --queries FILE [--json]</c>: index a corpus from scratch, replay queries after a warm-up
/// (repeated until the JIT has settled, see <see cref="JitWarmUp"/>), and report index throughput, per-question
/// latency of the whole ask path (single-threaded) and peak memory.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var queries = new Option<string>("--queries") { Description = "Query file: plain lines or JSON lines with \"q\".", Required = true };
        var warmup = new Option<int>("--warmup")
        {
            Description = "Queries replayed before timing (default: 200, at most the file's size), repeated until the JIT has settled.",
            DefaultValueFactory = _ => 200,
        };
        var settle = new Option<int>("--warmup-seconds")
        {
            Description = "Longest time the warm-up repeats waiting for the JIT to settle (default: 60; 0 runs it once).",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command("bench", "Measure index throughput and ask latency on a corpus.") { queries, warmup, settle, CliOptions.Json };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var corpusFolder = result.GetValue(CliOptions.Corpus) ?? throw new CliException("bench needs --corpus DIR");
                var questions = ReadQueries(result.GetValue(queries)!);
                if (questions.Count == 0) throw new CliException("the query file holds no queries");
                var report = await RunAsync(corpusFolder, questions, result.GetValue(warmup), TimeSpan.FromSeconds(Math.Max(0, result.GetValue(settle))), ct).ConfigureAwait(false);
                Console.WriteLine(result.GetValue(CliOptions.Json) ? report.ToJson() : report.ToText());
                return 0;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<BenchReport> RunAsync(string corpusFolder, List<string> questions, int warmup, TimeSpan settle, CancellationToken ct)
    {
        var data = Path.Combine(Path.GetTempPath(), "partnerbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var clock = Stopwatch.StartNew();
            using var knowledge = KnowledgeLoader.Load(new KnowledgeSettings(corpusFolder, data, Answers: new AnswerOptions { CacheSize = 0 }), logger: null, ct);
            var indexSeconds = clock.Elapsed.TotalSeconds;
            var engine = knowledge.Answers;
            var warm = questions.Take(Math.Min(warmup, questions.Count)).ToList();
            var warmedUp = warm.Count == 0 ? null : await JitWarmUp.RunAsync(1, () =>
            {
                foreach (var question in warm) engine.Ask(question, ct);
                return Task.CompletedTask;
            }, settle).ConfigureAwait(false);
            var latencies = new double[questions.Count];
            var abstained = 0;
            for (var i = 0; i < questions.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var answer = engine.Ask(questions[i], ct);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (answer.Abstained) abstained++;
            }
            Array.Sort(latencies);
            var passages = knowledge.Corpus.Passages.Count;
            return new BenchReport(
                passages,
                indexSeconds,
                passages / indexSeconds,
                knowledge.Index.Statistics.BuildSeconds,
                questions.Count,
                abstained,
                Percentile.Of(latencies, 0.50),
                Percentile.Of(latencies, 0.99),
                latencies.Average(),
                Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0),
                warmedUp);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static List<string> ReadQueries(string path)
    {
        if (!File.Exists(path)) throw new CliException($"query file '{path}' not found");
        var list = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (_, q, _) = AskCommand.ParseLine(line);
            if (!string.IsNullOrWhiteSpace(q)) list.Add(q);
        }
        return list;
    }

    private sealed record BenchReport(
        int Passages,
        double IndexSeconds,
        double PassagesPerSecond,
        double FtsBuildSeconds,
        int Queries,
        int Abstained,
        double P50,
        double P99,
        double Mean,
        double PeakMemoryMb,
        WarmUpResult? WarmUp)
    {
        public string ToJson() => JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("passages", Passages);
            w.WriteNumber("index_seconds", Math.Round(IndexSeconds, 3));
            w.WriteNumber("index_passages_per_s", Math.Round(PassagesPerSecond, 0));
            w.WriteNumber("queries", Queries);
            w.WriteNumber("p50_ms", Math.Round(P50, 3));
            w.WriteNumber("p99_ms", Math.Round(P99, 3));
            w.WriteNumber("peak_memory_mb", Math.Round(PeakMemoryMb, 1));
            w.WriteNumber("warmup_passes", WarmUp?.Passes ?? 0);
            w.WriteNumber("warmup_seconds", Math.Round(WarmUp?.Elapsed.TotalSeconds ?? 0, 1));
            w.WriteEndObject();
        });

        public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
            passages          {Passages}
            index             {IndexSeconds:0.000} s ({PassagesPerSecond:0} passages/s; FTS5 build {FtsBuildSeconds:0.000} s)
            warm-up           {WarmUp?.ToString() ?? "none"}
            queries           {Queries} ({Abstained} abstained)
            ask latency       p50 {P50:0.000} ms, p99 {P99:0.000} ms, mean {Mean:0.000} ms
            peak memory       {PeakMemoryMb:0} MB
            """);
    }
}
