namespace PartnerBot.Discord.Gateway;

/// <summary>Reconnect delays: immediately, then 1 s doubling to 60 s, each ±20 % jitter.</summary>
internal sealed class ReconnectStrategy(DiscordJitter jitter)
{
    public TimeSpan Delay(int attempt)
    {
        if (attempt <= 0) return TimeSpan.Zero;
        var seconds = Math.Min(60, Math.Pow(2, attempt - 1));
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * jitter.Next()));
    }
}
