namespace PartnerBot.State;

/// <summary>A fact-of-the-day subscription as stored.</summary>
/// <param name="Destination">Where posts go.</param>
/// <param name="ScopeId">Discord guild or Teams tenant, when known.</param>
/// <param name="SubscribedBy">User id, or "config" for destinations from configuration.</param>
/// <param name="SubscribedAt">When.</param>
/// <param name="Enabled">False once disabled after repeated permanent failures.</param>
/// <param name="ConsecutiveFailures">Permanent failures since the last successful post.</param>
/// <param name="DisabledReason">Why it was disabled, when it was.</param>
public sealed record SubscriptionRecord(
    Destination Destination,
    string? ScopeId,
    string SubscribedBy,
    DateTimeOffset SubscribedAt,
    bool Enabled,
    int ConsecutiveFailures,
    string? DisabledReason);
