using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PartnerBot.Platforms;
using PartnerBot.Web;

namespace PartnerBot.Hosting;

/// <summary>Once the server listens, logs one line per part saying whether it is on and why not.</summary>
internal sealed class StartupReport(
    IHostApplicationLifetime lifetime,
    IServer server,
    AdminAccess admin,
    IOptions<RateLimitOptions> rateLimit,
    IConfiguration configuration,
    IEnumerable<IPlatformStatus> platforms,
    IServiceProvider services,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Log.WebOn(logger, string.Join(", ", addresses));
        Log.AdminAccess(logger, admin.LoopbackOnly ? "open (loopback only)"
            : admin.TokenConfigured ? "protected by Admin:Token" : "closed (listening beyond loopback and no Admin:Token)");
        var limit = rateLimit.Value;
        Log.RateLimit(logger, limit.PermitLimit == 0 ? "off" : $"{limit.PermitLimit} requests per {limit.WindowSeconds} s per client IP");
        var registered = platforms.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, title) in new[] { ("teams", "Teams"), ("discord", "Discord") })
        {
            if (registered.TryGetValue(name, out var platform))
            {
                var snapshot = platform.Snapshot();
                Log.Part(logger, title, snapshot.State, snapshot.Detail ?? "registered");
            }
            else
            {
                Log.Part(logger, title, "off", OffReason(name));
            }
        }
        Log.Part(logger, "Fact scheduler", services.GetService<IFactPostingStatus>() is null ? "off" : "on",
            services.GetService<IFactPostingStatus>() is null ? "not part of this build" : "daily posts scheduled");
    }

    // Only says whether a secret is present, never its value.
    private string OffReason(string platform) => platform switch
    {
        "discord" when string.IsNullOrEmpty(configuration["Discord:Token"]) => "no token (set Discord__Token)",
        "teams" when string.IsNullOrEmpty(configuration["Teams:AppId"]) => "no app id (set Teams__AppId and Teams__AppPassword)",
        _ => "not part of this build",
    };
}
