using PartnerBot.Benchmarks;
using PartnerBot.Composition;
using PartnerBot.Core;
using PartnerBot.Core.Conversation;
using PartnerBot.TestSupport;

// Loopback benchmarks that need the test fakes: `dotnet run -c Release --project tests/PartnerBot.Benchmarks -- discord|teams|load`.
// Discord and Teams answer with the real engine over the seeds unless `--canned-bot` is given.
// The corpus benchmark (index throughput, ask latency) is the `partnerbot bench` command instead.
if (!args.Contains("--canned-bot"))
{
    var engine = new Lazy<IBot>(RealBot);
    DiscordBenchmark.BotFactory = () => engine.Value;
    TeamsBenchmark.BotFactory = () => engine.Value;
}
var rest = args.Where(a => a != "--canned-bot").ToArray();
return rest.FirstOrDefault() switch
{
    "discord" => await DiscordBenchmark.RunAsync(rest[1..]),
    "teams" => await TeamsBenchmark.RunAsync(rest[1..]),
    "load" => await LoadBenchmark.RunAsync(rest[1..]),
    _ => Usage(),
};

static IBot RealBot()
{
    // A file index, as the service uses (the in-memory one serialises concurrent readers on a shared cache).
    var data = Path.Combine(Path.GetTempPath(), "partnerbot-bench-" + Environment.ProcessId);
    var knowledge = KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, data, RepoPaths.Config), logger: null);
    return new PartnerBotBrain(new StaticKnowledgeSource(knowledge), new InMemoryFeedbackStore(), TimeProvider.System);
}

static int Usage()
{
    Console.Error.WriteLine("usage: PartnerBot.Benchmarks discord|teams|load [--canned-bot] [options]");
    return 2;
}
