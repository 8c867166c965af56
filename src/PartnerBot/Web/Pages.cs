using System.Collections.Frozen;

namespace PartnerBot.Web;

/// <summary>The chat and admin pages and their scripts and styles, served from resources embedded in the program.</summary>
internal static class Pages
{
    private const string Prefix = "wwwroot/";

    // Scripts build DOM nodes from text; nothing is inline, so the policy can forbid inline script and style.
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type)> s_files = Load();

    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Result("index.html"));
        app.MapGet("/assets/{file}", (string file) => s_files.ContainsKey(file) ? Result(file) : Results.NotFound());
    }

    public static IResult Result(string file)
    {
        var (bytes, type) = s_files[file];
        return new PageResult(bytes, type);
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(Pages).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name[Prefix.Length..]] = (copy.ToArray(), ContentType(name));
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private sealed class PageResult(byte[] bytes, string type) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
            httpContext.Response.ContentType = type;
            return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
        }
    }
}
