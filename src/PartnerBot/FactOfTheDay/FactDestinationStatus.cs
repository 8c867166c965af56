namespace PartnerBot.FactOfTheDay;

/// <summary>One destination as the admin page shows it.</summary>
/// <param name="Platform">"discord" or "teams".</param>
/// <param name="Id">Channel or conversation id.</param>
/// <param name="SubscribedBy">User id, or "config".</param>
/// <param name="SubscribedAt">When.</param>
/// <param name="Enabled">False once disabled after repeated permanent failures.</param>
/// <param name="ConsecutiveFailures">Permanent failures since the last success.</param>
/// <param name="DisabledReason">Why it was disabled.</param>
/// <param name="LastPostDate">Local date of the last log entry.</param>
/// <param name="LastPostStatus">"intent", "sent", "retry" or "failed".</param>
/// <param name="LastError">Error of the last entry, when any.</param>
public sealed record FactDestinationStatus(
    string Platform,
    string Id,
    string SubscribedBy,
    DateTimeOffset SubscribedAt,
    bool Enabled,
    int ConsecutiveFailures,
    string? DisabledReason,
    DateOnly? LastPostDate,
    string? LastPostStatus,
    string? LastError);
