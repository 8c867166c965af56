namespace PartnerBot.Benchmarks;

/// <summary>Loopback benchmark for the Teams part (placeholder until the Teams issue lands).</summary>
internal static class TeamsBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("Teams benchmark not implemented yet.");
        return Task.FromResult(1);
    }
}
