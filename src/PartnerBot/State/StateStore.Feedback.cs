using PartnerBot.Core.Conversation;

namespace PartnerBot.State;

/// <summary>Feedback and unanswered questions (see <see cref="SqliteFeedbackStore"/>).</summary>
public sealed partial class StateStore
{
    /// <summary>Adds an entry and keeps only the newest <paramref name="capacity"/>.</summary>
    public void AddFeedback(FeedbackEntry entry, int capacity) => Run(c =>
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var insert = Command(c, """
            INSERT INTO feedback (at, platform, user_id, question, kind, answer) VALUES ($at, $p, $u, $q, $k, $a);
            DELETE FROM feedback WHERE id <= (SELECT MAX(id) FROM feedback) - $cap;
            """, ("$at", Text(entry.At)), ("$p", entry.Platform), ("$u", entry.UserId), ("$q", entry.Question), ("$k", entry.Kind),
            ("$a", entry.Answer), ("$cap", capacity));
        return insert.ExecuteNonQuery();
    });

    /// <summary>Most recent first.</summary>
    public IReadOnlyList<FeedbackEntry> RecentFeedback(int max) => Run(c =>
    {
        using var select = Command(c, "SELECT at, platform, user_id, question, kind, answer FROM feedback ORDER BY id DESC LIMIT $max", ("$max", max));
        using var r = select.ExecuteReader();
        var list = new List<FeedbackEntry>();
        while (r.Read()) list.Add(new FeedbackEntry(Instant(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));
        return list;
    });
}
