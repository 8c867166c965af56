using PartnerBot.Core.Conversation;

namespace PartnerBot.State;

/// <summary>Feedback kept in the state database, bounded to the newest entries.</summary>
internal sealed class SqliteFeedbackStore(StateStore store, int capacity = 5000) : IFeedbackStore
{
    public void Record(FeedbackEntry entry) => store.AddFeedback(entry, capacity);

    public IReadOnlyList<FeedbackEntry> Recent(int max) => store.RecentFeedback(Math.Max(0, max));
}
