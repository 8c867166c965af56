using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Auth;

/// <summary>Validates the Bot Connector's bearer token on <c>POST /api/messages</c>.</summary>
/// <remarks>
/// Issuer <c>https://api.botframework.com</c>, audience = app id, lifetime with 5 minutes skew, RS256/384/512
/// signature by a key from the Bot Framework key set; after the body is parsed, the key must be endorsed for the
/// activity's channel and the <c>serviceurl</c> claim must equal the activity's service URL. Without an app id
/// (development mode) only header-less requests from loopback are accepted, as the Bot Framework Emulator sends them.
/// </remarks>
internal sealed class InboundAuthenticator(SigningKeyCache keys, IOptions<TeamsOptions> options, TimeProvider timeProvider)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private static readonly TimeSpan s_clockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] s_algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly TeamsOptions _options = options.Value;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthResult> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            if (!_options.IsDevMode) return AuthResult.Fail("no Authorization header");
            return IsDirectLoopback(request)
                ? AuthResult.Ok(InboundIdentity.Developer)
                : AuthResult.Fail("unauthenticated request from a non-loopback address in development mode");
        }
        if (_options.IsDevMode)
        {
            return AuthResult.Fail("a token was sent but Teams:AppId is empty, so it cannot be validated (clear the Emulator's App ID and password, or configure the app id)");
        }
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return AuthResult.Fail("Authorization scheme is not Bearer");
        return await ValidateTokenAsync(header["Bearer ".Length..].Trim(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The checks that need the activity: channel endorsement and the <c>serviceurl</c> claim.</summary>
    public static string? CheckActivity(InboundIdentity identity, Activity activity)
    {
        if (identity.Anonymous) return null;
        if (!string.IsNullOrEmpty(activity.ChannelId) && !identity.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return $"signing key is not endorsed for channel '{activity.ChannelId}'";
        }
        if (string.IsNullOrEmpty(identity.ServiceUrl)
            || !string.Equals(identity.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "the token's serviceurl claim does not match the activity's serviceUrl";
        }
        return null;
    }

    private async Task<AuthResult> ValidateTokenAsync(string token, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthResult.Fail("token is not a JWT");
        }
        if (string.IsNullOrEmpty(jwt.Kid)) return AuthResult.Fail("token has no key id");
        var key = await keys.GetAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null) return AuthResult.Fail("token is signed with an unknown key");

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = BotFrameworkIssuer,
            ValidAudience = _options.AppId,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = s_algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = s_clockSkew,
            LifetimeValidator = IsWithinLifetime,
        };
        var result = await _handler.ValidateTokenAsync(jwt, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthResult.Fail("token rejected: " + (result.Exception?.GetType().Name ?? "invalid"));
        }
        jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl);
        return AuthResult.Ok(new InboundIdentity(false, serviceUrl, key.Endorsements));
    }

    // IdentityModel reads the system clock; the injected TimeProvider keeps the lifetime check testable.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null) return false;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore.Value.ToUniversalTime() <= now + s_clockSkew)
            && expires.Value.ToUniversalTime() >= now - s_clockSkew;
    }

    private static bool IsDirectLoopback(HttpRequest request)
    {
        // Behind a reverse proxy every caller looks like loopback; a forwarded request is never trusted as local.
        if (request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("Forwarded")) return false;
        var remote = request.HttpContext.Connection.RemoteIpAddress;
        return remote is not null && IPAddress.IsLoopback(remote);
    }
}
