using PartnerBot.Discord;

namespace PartnerBot.Platforms;

/// <summary>Shows the Discord gateway's state on /ready and the admin view.</summary>
internal sealed class DiscordPlatformStatus(DiscordStatus status) : IPlatformStatus
{
    public string Platform => "discord";

    public PlatformSnapshot Snapshot()
    {
        var s = status.Snapshot();
        return s.State switch
        {
            DiscordState.Off => new PlatformSnapshot("off", false, "no token configured (set Discord__Token)"),
            DiscordState.Connecting => new PlatformSnapshot("connecting", false, $"{s.ShardsReady}/{s.ShardCount} shards ready; {s.ReconnectCount} reconnects"),
            DiscordState.Ready => new PlatformSnapshot("connected", true, $"{s.ShardsReady}/{s.ShardCount} shards ready; {s.ReconnectCount} reconnects"),
            _ => new PlatformSnapshot("stopped", false, s.StopReason ?? s.LastError),
        };
    }
}
