using System.Net;

namespace PartnerBot.Hosting;

/// <summary>Checks <c>--urls</c> values and tells whether they are all loopback.</summary>
public static class ListenAddresses
{
    /// <summary>Splits and checks the ';'-separated list; throws <see cref="StartupException"/> with the bad entry.</summary>
    public static IReadOnlyList<string> Parse(string urls)
    {
        var list = (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0) throw new StartupException("Service:Urls (--urls) is empty; give an address such as http://localhost:5080.");
        foreach (var url in list)
        {
            if (!Uri.TryCreate(Wildcard(url), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.AbsolutePath != "/" || uri.Query.Length > 0)
            {
                throw new StartupException($"Service:Urls (--urls) entry '{url}' is not a listen address; use the form http://HOST:PORT, e.g. http://localhost:5080 or http://0.0.0.0:8080.");
            }
        }
        return list;
    }

    /// <summary>True when every address is loopback (localhost, 127.x, ::1).</summary>
    public static bool AllLoopback(IEnumerable<string> urls) => urls.All(IsLoopback);

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(Wildcard(url), UriKind.Absolute, out var uri)) return false;
        if (url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal)) return false;
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string Wildcard(string url) =>
        url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal);
}
