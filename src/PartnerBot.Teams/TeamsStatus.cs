namespace PartnerBot.Teams;

/// <summary>Live state of the Teams bot for the host's <c>/ready</c> check and admin page.</summary>
/// <remarks>Thread-safe; values are updated by the endpoint and the background worker.</remarks>
public sealed class TeamsStatus
{
    private readonly object _gate = new();
    private long _activitiesReceived;
    private long _repliesSent;
    private long _authFailures;
    private long _sendFailures;
    private DateTimeOffset? _lastActivityAt;
    private DateTimeOffset? _lastErrorAt;
    private string? _lastError;

    internal TeamsStatus(bool devMode, Func<int> queueLength)
    {
        DevMode = devMode;
        _queueLength = queueLength;
    }

    private readonly Func<int> _queueLength;

    /// <summary>True when the endpoint is registered (<c>AddTeamsBot</c> was called).</summary>
    public bool Enabled => true;

    /// <summary>True without an app id: loopback-only, unauthenticated (Bot Framework Emulator).</summary>
    public bool DevMode { get; }

    /// <summary>Activities accepted after authentication.</summary>
    public long ActivitiesReceived => Interlocked.Read(ref _activitiesReceived);

    /// <summary>Messages posted to the Bot Connector.</summary>
    public long RepliesSent => Interlocked.Read(ref _repliesSent);

    /// <summary>Requests refused for missing or invalid credentials.</summary>
    public long AuthFailures => Interlocked.Read(ref _authFailures);

    /// <summary>Outbound sends that failed after retries.</summary>
    public long SendFailures => Interlocked.Read(ref _sendFailures);

    /// <summary>Activities waiting for background processing.</summary>
    public int QueueLength => _queueLength();

    /// <summary>When the last authenticated activity arrived.</summary>
    public DateTimeOffset? LastActivityAt { get { lock (_gate) { return _lastActivityAt; } } }

    /// <summary>When the last error happened.</summary>
    public DateTimeOffset? LastErrorAt { get { lock (_gate) { return _lastErrorAt; } } }

    /// <summary>Short description of the last error (never contains secrets or tokens).</summary>
    public string? LastError { get { lock (_gate) { return _lastError; } } }

    internal void ActivityReceived(DateTimeOffset at)
    {
        Interlocked.Increment(ref _activitiesReceived);
        lock (_gate) { _lastActivityAt = at; }
    }

    internal void ReplySent() => Interlocked.Increment(ref _repliesSent);

    internal void AuthFailed() => Interlocked.Increment(ref _authFailures);

    internal void SendFailed(DateTimeOffset at, string error)
    {
        Interlocked.Increment(ref _sendFailures);
        Error(at, error);
    }

    internal void Error(DateTimeOffset at, string error)
    {
        lock (_gate)
        {
            _lastErrorAt = at;
            _lastError = error;
        }
    }
}
