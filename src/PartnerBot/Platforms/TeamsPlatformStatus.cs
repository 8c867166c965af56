using System.Globalization;
using PartnerBot.Teams;

namespace PartnerBot.Platforms;

/// <summary>Shows the Teams endpoint's state on /ready and the admin view.</summary>
internal sealed class TeamsPlatformStatus(TeamsStatus status) : IPlatformStatus
{
    public string Platform => "teams";

    public PlatformSnapshot Snapshot()
    {
        var mode = status.DevMode ? "development mode (no app id: loopback only, unauthenticated)" : "authenticated";
        var last = status.LastActivityAt is { } at ? at.ToString("u", CultureInfo.InvariantCulture) : "none yet";
        var error = status.LastError is { } e ? $"; last error: {e}" : string.Empty;
        return new PlatformSnapshot(status.DevMode ? "dev" : "listening", true,
            $"POST /api/messages, {mode}; {status.ActivitiesReceived} activities, last {last}{error}");
    }
}
