using PartnerBot.Benchmarks;
using PartnerBot.Composition;
using PartnerBot.Core;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.TestSupport;

// Loopback benchmarks that need the test fakes: `dotnet run -c Release --project tests/PartnerBot.Benchmarks -- discord|teams|load|engine`.
// Discord and Teams answer with the real engine over the seeds unless `--canned-bot` is given; `--no-cache` turns
// the engine's answer cache off, so every question is analysed and searched again.
// The corpus benchmark (index throughput, ask latency) is the `partnerbot bench` command instead.
PartnerBot.Search.SqlitePassageIndexFactory.PrepareProcess();
if (!args.Contains("--canned-bot"))
{
    var cacheSize = args.Contains("--no-cache") ? 0 : new AnswerOptions().CacheSize;
    var engine = new Lazy<IBot>(() => RealBot(cacheSize));
    DiscordBenchmark.BotFactory = () => engine.Value;
    TeamsBenchmark.BotFactory = () => engine.Value;
    EngineBenchmark.BotFactory = () => engine.Value;
}
if (args.Contains("--no-cache")) LoadBenchmark.AnswerCacheSize = 0;
var rest = args.Where(a => a is not "--canned-bot" and not "--no-cache").ToArray();
return rest.FirstOrDefault() switch
{
    "discord" => await DiscordBenchmark.RunAsync(rest[1..]),
    "teams" => await TeamsBenchmark.RunAsync(rest[1..]),
    "load" => await LoadBenchmark.RunAsync(rest[1..]),
    "engine" => await EngineBenchmark.RunAsync(rest[1..]),
    _ => Usage(),
};

static IBot RealBot(int cacheSize)
{
    // A file index, as the service uses (the in-memory one serialises concurrent readers on a shared cache).
    var data = Path.Combine(Path.GetTempPath(), "partnerbot-bench-" + Environment.ProcessId);
    var knowledge = KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, data, RepoPaths.Config, new AnswerOptions { CacheSize = cacheSize }), logger: null);
    return new PartnerBotBrain(new StaticKnowledgeSource(knowledge), new InMemoryFeedbackStore(), TimeProvider.System);
}

static int Usage()
{
    Console.Error.WriteLine("usage: PartnerBot.Benchmarks discord|teams|load|engine [--canned-bot] [--no-cache] [options]");
    return 2;
}
