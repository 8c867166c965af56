namespace PartnerBot.Hosting;

/// <summary>Per-client-IP limit on the HTTP API (section <c>RateLimit</c>): a fixed window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Requests each client IP may make per window; 0 turns the limit off.</summary>
    public int PermitLimit { get; set; } = 60;

    /// <summary>Window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
