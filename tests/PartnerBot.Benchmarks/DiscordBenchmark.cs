namespace PartnerBot.Benchmarks;

/// <summary>Loopback benchmark for the Discord part (placeholder until the Discord issue lands).</summary>
internal static class DiscordBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("Discord benchmark not implemented yet.");
        return Task.FromResult(1);
    }
}
