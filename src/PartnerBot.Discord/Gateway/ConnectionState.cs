namespace PartnerBot.Discord.Gateway;

/// <summary>Everything that belongs to one WebSocket connection; it owns its own cancellation.</summary>
internal sealed class ConnectionState(IGatewayConnection connection, GatewaySendLimiter limiter, CancellationToken token)
{
    private readonly TaskCompletionSource<ConnectionOutcome> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _acked = true;

    public IGatewayConnection Connection { get; } = connection;

    public GatewaySendLimiter Limiter { get; } = limiter;

    public SemaphoreSlim SendLock { get; } = new(1, 1);

    public CancellationToken Token { get; } = token;

    /// <summary>True when an op 11 arrived since the last beat; reset on every Hello.</summary>
    public bool Acked
    {
        get => _acked;
        set => _acked = value;
    }

    public Task? Heartbeat { get; set; }

    public Task<ConnectionOutcome> Stopped => _stopped.Task;

    /// <summary>The first outcome wins (receive loop, heartbeat loop or shutdown).</summary>
    public void Stop(ConnectionOutcome outcome) => _stopped.TrySetResult(outcome);
}
