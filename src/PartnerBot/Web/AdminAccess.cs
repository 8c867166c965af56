using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;

namespace PartnerBot.Web;

/// <summary>
/// Guards the operator view: open when the service listens on loopback only; otherwise it needs
/// <c>Admin:Token</c> as <c>Authorization: Bearer …</c> (or <c>?token=</c> for the page).
/// </summary>
internal sealed class AdminAccess(IServer server, IOptions<AdminOptions> options)
{
    private bool? _loopbackOnly;

    /// <summary>True when every address the server listens on is loopback.</summary>
    public bool LoopbackOnly => _loopbackOnly ??= ListenAddresses.AllLoopback(
        server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    public bool TokenConfigured => !string.IsNullOrEmpty(options.Value.Token);

    /// <summary>Null when allowed, else the problem to return.</summary>
    public IResult? Check(HttpContext context)
    {
        if (LoopbackOnly) return null;
        if (!TokenConfigured)
        {
            return Results.Problem(title: "Admin view closed", detail: "The service listens beyond loopback and no Admin:Token is configured; set Admin__Token to open the admin view.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        var given = Presented(context);
        if (given is not null && FixedTimeEquals(given, options.Value.Token!)) return null;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(title: "Unauthorized", detail: "Send the admin token as 'Authorization: Bearer TOKEN' (or ?token= for the page).",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    private static string? Presented(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        return context.Request.Query.TryGetValue("token", out var token) ? token.ToString() : null;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
