using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Teams;

/// <summary>Settings of the Teams bot, bound from the <c>Teams</c> configuration section.</summary>
/// <remarks>
/// <see cref="AppPassword"/> is a secret: set it only through the environment (<c>Teams__AppPassword</c>) or
/// user secrets, never in a committed file. It is never logged. Every URL is configurable so tests can point
/// them at loopback fakes; plain <c>http</c> is accepted only for loopback hosts.
/// </remarks>
public sealed class TeamsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Teams";

    /// <summary>The Bot Framework metadata document that lists the connector's signing keys.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Microsoft App ID (GUID) of the Azure Bot registration. Empty = local development mode (loopback only, no tokens).</summary>
    public string? AppId { get; set; }

    /// <summary>Client secret of the app registration. Environment only; never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Entra tenant id of a single-tenant bot; empty for a legacy multi-tenant bot.</summary>
    public string? TenantId { get; set; }

    /// <summary>OpenID metadata URL for inbound token validation.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Client-credentials token endpoint; empty = derived from <see cref="TenantId"/>.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The Teams / Bot Framework connector hosts used when <see cref="AllowedServiceUrlHosts"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultAllowedServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>
    /// Hosts the bot may call back (exact names, or <c>*.suffix</c> for any sub-domain); empty = the defaults
    /// (<see cref="DefaultAllowedServiceUrlHosts"/>). A service URL must also arrive in an authenticated activity
    /// before anything is sent to it.
    /// </summary>
    /// <remarks>Empty by default because the configuration binder appends to, rather than replaces, a non-empty array.</remarks>
    public string[] AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>The allow list in force: <see cref="AllowedServiceUrlHosts"/> or the defaults.</summary>
    public IReadOnlyList<string> EffectiveAllowedServiceUrlHosts =>
        AllowedServiceUrlHosts is { Length: > 0 } hosts ? hosts : DefaultAllowedServiceUrlHosts;

    /// <summary>Largest accepted request body; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Activities waiting for background processing; when full the endpoint answers 503.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Activities processed at the same time.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>How many recent activity ids are remembered to drop duplicates.</summary>
    [Range(16, 1_000_000)]
    public int DuplicateWindow { get; set; } = 10_000;

    /// <summary>Outgoing messages above this many UTF-8 bytes are shrunk (Teams' hard limit is far higher; 28 KB is the historic one).</summary>
    [Range(4 * 1024, 80 * 1024)]
    public int MaxOutgoingBytes { get; set; } = 24 * 1024;

    /// <summary>Time budget for a messaging-extension query (Teams gives up after 5 s).</summary>
    public TimeSpan MessageExtensionBudget { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Timeout of one outbound HTTP call.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a throttled or transiently failing outbound call (429/412/502/503/504).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>A <c>Retry-After</c> longer than this is not waited for; the send fails instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Signing keys are re-read at least this often (the protocol asks for at least daily).</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown key id triggers a re-read, but not more often than this.</summary>
    public TimeSpan SigningKeyMinRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when no <see cref="AppId"/> is set: local development against the Bot Framework Emulator.</summary>
    public bool IsDevMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The token endpoint to use: <see cref="TokenEndpoint"/>, or the one derived from the tenant.</summary>
    public string ResolveTokenEndpoint() =>
        string.IsNullOrWhiteSpace(TokenEndpoint)
            ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId.Trim())}/oauth2/v2.0/token"
            : TokenEndpoint.Trim();
}
