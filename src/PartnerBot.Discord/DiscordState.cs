namespace PartnerBot.Discord;

/// <summary>Lifecycle of the Discord part.</summary>
public enum DiscordState
{
    /// <summary>No token configured; the part is off.</summary>
    Off,
    /// <summary>Connecting, identifying or resuming.</summary>
    Connecting,
    /// <summary>Every shard received READY (or RESUMED).</summary>
    Ready,
    /// <summary>Stopped, see <see cref="DiscordStatus.StopReason"/> (fatal close code, token rejected, or host shutdown).</summary>
    Stopped,
}
