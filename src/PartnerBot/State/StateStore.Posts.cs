using Microsoft.Data.Sqlite;

namespace PartnerBot.State;

/// <summary>The posting log: one row per (destination, local date), written before sending and after.</summary>
public sealed partial class StateStore
{
    private const string PostColumns = "platform, destination_id, local_date, fact_key, status, attempts, message_id, error, updated_at";

    /// <summary>
    /// Records the intent to post <paramref name="factKey"/> to <paramref name="destination"/> for <paramref name="date"/>,
    /// unless the log already has a result for it. Only <see cref="ClaimResult.Claimed"/> allows sending.
    /// </summary>
    /// <remarks>
    /// The unique key makes the check and the write one step. A row still in <see cref="PostStatus.Intent"/> is not
    /// claimed again: the process that wrote it may have posted and crashed before recording the result.
    /// </remarks>
    public ClaimResult TryClaimPost(Destination destination, DateOnly date, string factKey) => Run(c =>
    {
        using var transaction = c.BeginTransaction();
        var now = Text(_time.GetUtcNow());
        using var insert = Command(c, $"""
            INSERT INTO posts ({PostColumns}) VALUES ($p, $d, $date, $fact, 'intent', 1, NULL, NULL, $now)
            ON CONFLICT (platform, destination_id, local_date) DO UPDATE SET status='intent', attempts=attempts+1, updated_at=$now
                WHERE status='retry'
            """, ("$p", destination.Platform), ("$d", destination.Id), ("$date", Text(date)), ("$fact", factKey), ("$now", now));
        insert.Transaction = transaction;
        if (insert.ExecuteNonQuery() > 0)
        {
            transaction.Commit();
            return ClaimResult.Claimed;
        }
        using var select = Command(c, "SELECT status FROM posts WHERE platform=$p AND destination_id=$d AND local_date=$date",
            ("$p", destination.Platform), ("$d", destination.Id), ("$date", Text(date)));
        select.Transaction = transaction;
        var status = Convert.ToString(select.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        transaction.Commit();
        return status switch
        {
            "sent" => ClaimResult.AlreadySent,
            "intent" => ClaimResult.PossiblySent,
            _ => ClaimResult.GaveUp,
        };
    });

    /// <summary>Records the result of a claimed post.</summary>
    public void CompletePost(Destination destination, DateOnly date, PostStatus status, string? messageId, string? error) => Run(c =>
    {
        using var update = Command(c, """
            UPDATE posts SET status=$s, message_id=COALESCE($m, message_id), error=$e, updated_at=$now
            WHERE platform=$p AND destination_id=$d AND local_date=$date
            """, ("$p", destination.Platform), ("$d", destination.Id), ("$date", Text(date)), ("$s", Name(status)),
            ("$m", messageId), ("$e", error), ("$now", Text(_time.GetUtcNow())));
        return update.ExecuteNonQuery();
    });

    public PostRecord? GetPost(Destination destination, DateOnly date) => Run(c =>
    {
        using var select = Command(c, $"SELECT {PostColumns} FROM posts WHERE platform=$p AND destination_id=$d AND local_date=$date",
            ("$p", destination.Platform), ("$d", destination.Id), ("$date", Text(date)));
        using var reader = select.ExecuteReader();
        return reader.Read() ? ReadPost(reader) : null;
    });

    /// <summary>The most recent log row for the destination, or null.</summary>
    public PostRecord? LastPost(Destination destination) => Run(c =>
    {
        using var select = Command(c, $"SELECT {PostColumns} FROM posts WHERE platform=$p AND destination_id=$d ORDER BY local_date DESC LIMIT 1",
            ("$p", destination.Platform), ("$d", destination.Id));
        using var reader = select.ExecuteReader();
        return reader.Read() ? ReadPost(reader) : null;
    });

    /// <summary>Keys of facts sent (or possibly sent) to the destination before <paramref name="before"/>, oldest first.</summary>
    public IReadOnlyList<string> PostedFactKeys(Destination destination, DateOnly before) => Run(c =>
    {
        using var select = Command(c, """
            SELECT fact_key FROM posts WHERE platform=$p AND destination_id=$d AND local_date < $date AND status IN ('sent', 'intent')
            ORDER BY local_date
            """, ("$p", destination.Platform), ("$d", destination.Id), ("$date", Text(before)));
        using var reader = select.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys;
    });

    /// <summary>Every log row for the destination, oldest first.</summary>
    public IReadOnlyList<PostRecord> Posts(Destination destination) => Run(c =>
    {
        using var select = Command(c, $"SELECT {PostColumns} FROM posts WHERE platform=$p AND destination_id=$d ORDER BY local_date",
            ("$p", destination.Platform), ("$d", destination.Id));
        using var reader = select.ExecuteReader();
        var list = new List<PostRecord>();
        while (reader.Read()) list.Add(ReadPost(reader));
        return list;
    });

    private static string Name(PostStatus status) => status.ToString().ToLowerInvariant();

    private static PostRecord ReadPost(SqliteDataReader r) => new(
        new Destination(r.GetString(0), r.GetString(1)),
        Date(r.GetString(2)),
        r.GetString(3),
        Enum.Parse<PostStatus>(r.GetString(4), ignoreCase: true),
        r.GetInt32(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        Instant(r.GetString(8)));
}
