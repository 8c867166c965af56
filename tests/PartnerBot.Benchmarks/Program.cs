using PartnerBot.Benchmarks;

// Loopback benchmarks that need the test fakes: `dotnet run -c Release --project tests/PartnerBot.Benchmarks -- discord|teams|load`.
// The corpus benchmark (index throughput, ask latency) is the `partnerbot bench` command instead.
return args.FirstOrDefault() switch
{
    "discord" => await DiscordBenchmark.RunAsync(args[1..]),
    "teams" => await TeamsBenchmark.RunAsync(args[1..]),
    "load" => await LoadBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PartnerBot.Benchmarks discord|teams|load [options]");
    return 2;
}
