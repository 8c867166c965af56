namespace PartnerBot.Discord.Rest;

/// <summary>A REST call Discord refused (4xx other than 401/429, or 5xx after retries).</summary>
public sealed class DiscordRestException(int status, int? code, string? discordMessage, string route)
    : Exception($"Discord REST {route} failed with HTTP {status} (code {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): {discordMessage}")
{
    /// <summary>HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>Discord JSON error code (e.g. 50035 invalid form body), when any.</summary>
    public int? Code { get; } = code;
}
