namespace PartnerBot.Discord;

/// <summary>Live status of the Discord part for the host's /ready endpoint and admin page.</summary>
/// <remarks>Thread-safe singleton; read <see cref="Snapshot"/> for a consistent view.</remarks>
public sealed class DiscordStatus
{
    private readonly object _gate = new();
    private readonly HashSet<int> _readyShards = [];
    private DiscordStatusSnapshot _snapshot = new(DiscordState.Off, null, 0, 0, 0, null);

    /// <summary>Current state.</summary>
    public DiscordState State => Snapshot().State;

    /// <summary>Why the part stopped, with what to fix; null unless <see cref="DiscordState.Stopped"/>.</summary>
    public string? StopReason => Snapshot().StopReason;

    /// <summary>Number of gateway reconnects (resumes and new sessions) since start.</summary>
    public long ReconnectCount => Snapshot().ReconnectCount;

    /// <summary>Last error seen (message only, never secrets).</summary>
    public string? LastError => Snapshot().LastError;

    /// <summary>Raised after every change (outside the lock).</summary>
    public event Action<DiscordStatusSnapshot>? Changed;

    /// <summary>Everything at once.</summary>
    public DiscordStatusSnapshot Snapshot()
    {
        lock (_gate) { return _snapshot; }
    }

    internal void SetOff() => Update(s => s with { State = DiscordState.Off });

    internal void SetConnecting(int shardCount) => Update(s => s with { State = DiscordState.Connecting, ShardCount = shardCount, StopReason = null });

    internal void ShardReady(int shardId) => Update(s =>
    {
        _readyShards.Add(shardId);
        var ready = _readyShards.Count;
        var state = s.State == DiscordState.Stopped ? s.State : ready >= s.ShardCount ? DiscordState.Ready : DiscordState.Connecting;
        return s with { State = state, ShardsReady = ready };
    });

    internal void ShardReconnecting(int shardId, string reason) => Update(s =>
    {
        _readyShards.Remove(shardId);
        var state = s.State == DiscordState.Stopped ? s.State : DiscordState.Connecting;
        return s with { State = state, ShardsReady = _readyShards.Count, ReconnectCount = s.ReconnectCount + 1, LastError = reason };
    });

    internal void SetError(string error) => Update(s => s with { LastError = error });

    internal void SetStopped(string reason) => Update(s =>
    {
        _readyShards.Clear();
        // Keep the first (root-cause) reason.
        return s.State == DiscordState.Stopped ? s : s with { State = DiscordState.Stopped, StopReason = reason, ShardsReady = 0 };
    });

    private void Update(Func<DiscordStatusSnapshot, DiscordStatusSnapshot> change)
    {
        DiscordStatusSnapshot now;
        lock (_gate) { now = _snapshot = change(_snapshot); }
        Changed?.Invoke(now);
    }
}
