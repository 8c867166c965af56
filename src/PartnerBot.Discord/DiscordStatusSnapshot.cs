namespace PartnerBot.Discord;

/// <summary>A consistent view of <see cref="DiscordStatus"/>.</summary>
/// <param name="State">Lifecycle state.</param>
/// <param name="StopReason">Why it stopped and what to fix, when stopped.</param>
/// <param name="ShardCount">Shards this process runs.</param>
/// <param name="ShardsReady">Shards currently ready.</param>
/// <param name="ReconnectCount">Gateway reconnects since start.</param>
/// <param name="LastError">Last error message.</param>
public sealed record DiscordStatusSnapshot(
    DiscordState State,
    string? StopReason,
    int ShardCount,
    int ShardsReady,
    long ReconnectCount,
    string? LastError);
