using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PartnerBot.Teams.Connector;

namespace PartnerBot.Teams.Auth;

/// <summary>Reads the Bot Framework OpenID metadata and its key set, with each key's channel endorsements.</summary>
/// <remarks>
/// Keys are cached and re-read every <see cref="TeamsOptions.SigningKeyRefreshInterval"/>. A token signed with an
/// unknown key id forces a re-read (key rotation), but at most once per
/// <see cref="TeamsOptions.SigningKeyMinRefreshInterval"/> so forged tokens with random key ids cannot make the
/// bot hammer the metadata host. IdentityModel's <c>JsonWebKey</c> does not model <c>endorsements</c>, so the
/// key set is parsed here. Thread-safe; one refresh at a time.
/// </remarks>
internal sealed class SigningKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<TeamsOptions> options,
    TimeProvider timeProvider,
    ILogger<SigningKeyCache> logger)
{
    public const string HttpClientName = "PartnerBot.Teams.Login";

    private readonly TeamsOptions _options = options.Value;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile Snapshot? _snapshot;
    private DateTimeOffset? _lastAttempt;

    /// <summary>The key with this id, refreshing the cache when it is stale or the id is unknown; null when there is none.</summary>
    public async Task<SigningKey?> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && !IsStale(snapshot) && snapshot.Keys.TryGetValue(keyId, out var key)) return key;

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = _snapshot;
            if (snapshot is not null && !IsStale(snapshot) && snapshot.Keys.TryGetValue(keyId, out key)) return key;
            var now = timeProvider.GetUtcNow();
            // The floor applies to failed attempts too, so an outage of the metadata host does not make every
            // request wait for its own timed-out fetch.
            if (_lastAttempt is null || now - _lastAttempt.Value >= _options.SigningKeyMinRefreshInterval)
            {
                _lastAttempt = now;
                try
                {
                    snapshot = await FetchAsync(cancellationToken).ConfigureAwait(false);
                    _snapshot = snapshot;
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or InvalidOperationException or TaskCanceledException
                    && !cancellationToken.IsCancellationRequested)
                {
                    // Keep serving the last good keys: a metadata outage must not reject every valid request.
                    Log.SigningKeysRefreshFailed(logger, _options.OpenIdMetadataUrl, ex);
                }
            }
            return snapshot is not null && snapshot.Keys.TryGetValue(keyId, out key) ? key : null;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private bool IsStale(Snapshot snapshot) =>
        timeProvider.GetUtcNow() - snapshot.FetchedAt >= _options.SigningKeyRefreshInterval;

    private async Task<Snapshot> FetchAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var metadataJson = await client.GetStringAsync(_options.OpenIdMetadataUrl, cancellationToken).ConfigureAwait(false);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri) || !ServiceUrlPolicy.IsSecureOrLoopback(jwksUri))
        {
            throw new InvalidOperationException($"OpenID metadata at {_options.OpenIdMetadataUrl} has no usable jwks_uri.");
        }
        var jwksJson = await client.GetStringAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(jwksJson))
        {
            if (!doc.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidOperationException($"Key set at {jwksUri} has no 'keys' array.");
            }
            foreach (var item in array.EnumerateArray())
            {
                var jwk = new JsonWebKey(item.GetRawText());
                if (string.IsNullOrEmpty(jwk.Kid) || jwk.Kty != JsonWebAlgorithmsKeyTypes.RSA) continue;
                var endorsements = new List<string>();
                if (item.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array)
                {
                    endorsements.AddRange(e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
                }
                keys[jwk.Kid] = new SigningKey(jwk, endorsements);
            }
        }
        Log.SigningKeysRefreshed(logger, keys.Count, jwksUri);
        return new Snapshot(keys, timeProvider.GetUtcNow());
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
