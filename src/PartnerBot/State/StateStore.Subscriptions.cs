using Microsoft.Data.Sqlite;

namespace PartnerBot.State;

/// <summary>Fact-of-the-day subscriptions.</summary>
public sealed partial class StateStore
{
    private const string SubscriptionColumns =
        "platform, destination_id, scope_id, subscribed_by, subscribed_at, enabled, consecutive_failures, disabled_reason";

    /// <summary>Adds the subscription, or re-enables a disabled one; false when it already existed and was enabled.</summary>
    public bool Subscribe(Destination destination, string? scopeId, string subscribedBy) => Run(c =>
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var existing = Command(c, "SELECT enabled FROM subscriptions WHERE platform=$p AND destination_id=$d",
            ("$p", destination.Platform), ("$d", destination.Id));
        var enabled = existing.ExecuteScalar();
        if (enabled is long e && e == 1) return false;
        using var upsert = Command(c, $"""
            INSERT INTO subscriptions ({SubscriptionColumns}) VALUES ($p, $d, $s, $by, $at, 1, 0, NULL)
            ON CONFLICT (platform, destination_id) DO UPDATE SET enabled=1, consecutive_failures=0, disabled_reason=NULL,
                subscribed_by=excluded.subscribed_by, subscribed_at=excluded.subscribed_at, scope_id=excluded.scope_id
            """, ("$p", destination.Platform), ("$d", destination.Id), ("$s", scopeId), ("$by", subscribedBy), ("$at", Text(_time.GetUtcNow())));
        upsert.ExecuteNonQuery();
        return true;
    });

    /// <summary>Adds a destination from configuration unless it is already known (a disabled one stays disabled).</summary>
    public bool EnsureConfigured(Destination destination) => Run(c =>
    {
        using var insert = Command(c, $"""
            INSERT OR IGNORE INTO subscriptions ({SubscriptionColumns}) VALUES ($p, $d, NULL, 'config', $at, 1, 0, NULL)
            """, ("$p", destination.Platform), ("$d", destination.Id), ("$at", Text(_time.GetUtcNow())));
        return insert.ExecuteNonQuery() > 0;
    });

    /// <summary>Removes the subscription (the posting log is kept); false when there was none.</summary>
    public bool Unsubscribe(Destination destination) => Run(c =>
    {
        using var delete = Command(c, "DELETE FROM subscriptions WHERE platform=$p AND destination_id=$d",
            ("$p", destination.Platform), ("$d", destination.Id));
        return delete.ExecuteNonQuery() > 0;
    });

    public SubscriptionRecord? GetSubscription(Destination destination) => Run(c =>
    {
        using var select = Command(c, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE platform=$p AND destination_id=$d",
            ("$p", destination.Platform), ("$d", destination.Id));
        using var reader = select.ExecuteReader();
        return reader.Read() ? ReadSubscription(reader) : null;
    });

    /// <summary>Every subscription, enabled or not, in a stable order.</summary>
    public IReadOnlyList<SubscriptionRecord> ListSubscriptions() => Run(c =>
    {
        using var select = Command(c, $"SELECT {SubscriptionColumns} FROM subscriptions ORDER BY platform, destination_id");
        using var reader = select.ExecuteReader();
        var list = new List<SubscriptionRecord>();
        while (reader.Read()) list.Add(ReadSubscription(reader));
        return list;
    });

    /// <summary>A successful post: the failure count starts again.</summary>
    public void RecordDeliverySuccess(Destination destination) => Run(c =>
    {
        using var update = Command(c, "UPDATE subscriptions SET consecutive_failures=0 WHERE platform=$p AND destination_id=$d",
            ("$p", destination.Platform), ("$d", destination.Id));
        return update.ExecuteNonQuery();
    });

    /// <summary>Counts a permanent failure; disables the subscription once <paramref name="threshold"/> are consecutive. Returns the count and whether it is now disabled.</summary>
    public (int Failures, bool Disabled) RecordPermanentFailure(Destination destination, string reason, int threshold) => Run(c =>
    {
        using var update = Command(c, """
            UPDATE subscriptions SET consecutive_failures = consecutive_failures + 1,
                enabled = CASE WHEN consecutive_failures + 1 >= $t THEN 0 ELSE enabled END,
                disabled_reason = CASE WHEN consecutive_failures + 1 >= $t THEN $r ELSE disabled_reason END
            WHERE platform=$p AND destination_id=$d
            RETURNING consecutive_failures, enabled
            """, ("$p", destination.Platform), ("$d", destination.Id), ("$t", threshold), ("$r", reason));
        using var reader = update.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), reader.GetInt64(1) == 0) : (0, false);
    });

    private static SubscriptionRecord ReadSubscription(SqliteDataReader r) => new(
        new Destination(r.GetString(0), r.GetString(1)),
        r.IsDBNull(2) ? null : r.GetString(2),
        r.GetString(3),
        Instant(r.GetString(4)),
        r.GetInt64(5) == 1,
        r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetString(7));
}
