namespace PartnerBot.Discord;

/// <summary>The random source for heartbeat jitter and backoff; injectable so tests are deterministic.</summary>
/// <remarks>Locks around <see cref="Random"/>, which is not thread-safe (shards share one).</remarks>
internal sealed class DiscordJitter(Random random)
{
    /// <summary>A value in [0, 1).</summary>
    public double Next()
    {
        lock (random) { return random.NextDouble(); }
    }
}
