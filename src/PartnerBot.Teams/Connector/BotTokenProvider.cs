using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Connector;

/// <summary>Gets the bot's outbound token (client credentials, scope <c>https://api.botframework.com/.default</c>) and caches it.</summary>
/// <remarks>
/// A plain form POST rather than MSAL: MSAL insists on an https Entra authority, which a loopback fake cannot be.
/// The token is reused until five minutes before it expires; one request at a time refreshes it.
/// The secret is sent form-encoded (real secrets contain <c>~ . + =</c>) and never logged.
/// </remarks>
internal sealed class BotTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<TeamsOptions> options,
    TimeProvider timeProvider,
    ILogger<BotTokenProvider> logger)
{
    public const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan s_refreshMargin = TimeSpan.FromMinutes(5);

    private readonly TeamsOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    /// <summary>A bearer token, or null in development mode (the Emulator takes none).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.IsDevMode) return null;
        var cached = _cached;
        if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt) return cached.Token;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = _cached;
            if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt) return cached.Token;
            cached = await RequestAsync(cancellationToken).ConfigureAwait(false);
            _cached = cached;
            return cached.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached token (after the connector answered 401).</summary>
    public void Invalidate() => _cached = null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = _options.ResolveTokenEndpoint();
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.AppId!),
            new("client_secret", _options.AppPassword ?? string.Empty),
            new("scope", Scope),
        ]);
        var client = httpClientFactory.CreateClient(SigningKeyCacheClientName);
        using var response = await client.PostAsync(endpoint, form, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = body.Length > 300 ? body[..300] : body;
            Log.TokenFailed(logger, endpoint, (int)response.StatusCode, error);
            throw new TeamsDeliveryException(
                $"The token endpoint {endpoint} answered {(int)response.StatusCode}; check Teams:AppId, Teams__AppPassword and Teams:TenantId (single-tenant bots need their tenant).",
                response.StatusCode);
        }
        var token = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.TokenResponse, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            throw new TeamsDeliveryException($"The token endpoint {endpoint} returned no access_token.");
        }
        var lifetime = TimeSpan.FromSeconds(Math.Clamp(token.ExpiresIn ?? 3600, 60, 24 * 3600));
        var margin = lifetime > 2 * s_refreshMargin ? s_refreshMargin : lifetime / 2;
        Log.TokenAcquired(logger, lifetime);
        return new CachedToken(token.AccessToken, timeProvider.GetUtcNow() + lifetime - margin);
    }

    private const string SigningKeyCacheClientName = Auth.SigningKeyCache.HttpClientName;

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
}
