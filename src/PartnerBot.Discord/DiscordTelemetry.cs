namespace PartnerBot.Discord;

/// <summary>Names the host needs to export Discord metrics.</summary>
public static class DiscordTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "PartnerBot.Discord";
}
