using System.Diagnostics.Metrics;

namespace PartnerBot.Teams;

/// <summary>Counters of the Teams bot, published on the meter <c>PartnerBot.Teams</c>.</summary>
internal sealed class TeamsMetrics
{
    public const string MeterName = "PartnerBot.Teams";

    private readonly Counter<long> _activitiesReceived;
    private readonly Counter<long> _repliesSent;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _authFailures;
    private readonly Counter<long> _duplicates;

    public TeamsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _activitiesReceived = meter.CreateCounter<long>("partnerbot.teams.activities.received", description: "Authenticated activities accepted, by type.");
        _repliesSent = meter.CreateCounter<long>("partnerbot.teams.replies.sent", description: "Messages posted to the Bot Connector.");
        _throttled = meter.CreateCounter<long>("partnerbot.teams.outbound.throttled", description: "429 answers from the Bot Connector.");
        _retries = meter.CreateCounter<long>("partnerbot.teams.outbound.retries", description: "Outbound calls retried, by status.");
        _authFailures = meter.CreateCounter<long>("partnerbot.teams.auth.failures", description: "Requests refused with 401/403.");
        _duplicates = meter.CreateCounter<long>("partnerbot.teams.activities.duplicate", description: "Activities dropped as duplicates.");
    }

    public void ActivityReceived(string? type) => _activitiesReceived.Add(1, new KeyValuePair<string, object?>("type", type ?? "unknown"));

    public void ReplySent() => _repliesSent.Add(1);

    public void Throttled() => _throttled.Add(1);

    public void Retried(int status) => _retries.Add(1, new KeyValuePair<string, object?>("status", status));

    public void AuthFailed() => _authFailures.Add(1);

    public void Duplicate() => _duplicates.Add(1);
}
