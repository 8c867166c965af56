using System.Net;
using Microsoft.Extensions.Options;

namespace PartnerBot.Teams.Connector;

/// <summary>Decides which service URLs the bot may call: allow-listed hosts over https, or loopback in dev mode.</summary>
/// <remarks>
/// The bearer token for the connector must never reach another host, and a forged activity must not make the bot
/// call arbitrary URLs. Replies only go to the service URL of an authenticated activity (checked against the
/// token's <c>serviceurl</c> claim) and only when this policy allows it.
/// </remarks>
internal sealed class ServiceUrlPolicy(IOptions<TeamsOptions> options)
{
    private readonly TeamsOptions _options = options.Value;

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri)
    {
        if (!IsSecureOrLoopback(uri) || !string.IsNullOrEmpty(uri.UserInfo)) return false;
        if (_options.IsDevMode && IsLoopback(uri)) return true;
        var host = uri.IdnHost;
        foreach (var pattern in _options.EffectiveAllowedServiceUrlHosts)
        {
            var p = pattern.Trim();
            if (p.StartsWith("*.", StringComparison.Ordinal))
            {
                if (host.EndsWith(p[1..], StringComparison.OrdinalIgnoreCase) && host.Length > p.Length - 1) return true;
            }
            else if (string.Equals(host, p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>https anywhere; http only to a loopback host.</summary>
    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
