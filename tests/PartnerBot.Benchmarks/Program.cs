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
    var knowledge = KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, ":memory:", RepoPaths.Config), logger: null);
    return new PartnerBotBrain(new StaticKnowledgeSource(knowledge), new InMemoryFeedbackStore(), TimeProvider.System);
}

static int Usage()
{
    Console.Error.WriteLine("usage: PartnerBot.Benchmarks discord|teams|load [--canned-bot] [options]");
    return 2;
}
