namespace PartnerBot.Discord.Tests.Support;

/// <summary>Always 0.5: heartbeat jitter is half the interval, backoff jitter neutral.</summary>
internal sealed class FixedRandom : Random
{
    public override double NextDouble() => 0.5;

    protected override double Sample() => 0.5;
}
