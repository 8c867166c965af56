namespace PartnerBot.Discord.Gateway;

/// <summary>Session id, resume URL and sequence; read by heartbeats and resumes on other tasks.</summary>
internal sealed partial class GatewayShard
{
    public string? SessionId
    {
        get { lock (_sessionGate) { return _sessionId; } }
    }

    public int? Sequence
    {
        get { lock (_sessionGate) { return _sequence; } }
    }

    private Uri? ResumeUrl
    {
        get { lock (_sessionGate) { return _resumeUrl; } }
    }

    private void ClearSession()
    {
        lock (_sessionGate)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }

    private void SetSession(string sessionId, string? resumeUrl)
    {
        lock (_sessionGate)
        {
            _sessionId = sessionId;
            _resumeUrl = Uri.TryCreate(resumeUrl, UriKind.Absolute, out var url) ? url : null;
        }
    }

    private void SetSequence(int sequence)
    {
        lock (_sessionGate) { _sequence = sequence; }
    }
}
