namespace PartnerBot.Core.Conversation;

/// <summary>Keeps the most recent feedback entries in memory (bounded).</summary>
public sealed class InMemoryFeedbackStore(int capacity = 500) : IFeedbackStore
{
    private readonly LinkedList<FeedbackEntry> _entries = new();
    private readonly object _gate = new();

    public void Record(FeedbackEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _entries.AddFirst(entry);
            while (_entries.Count > capacity) _entries.RemoveLast();
        }
    }

    public IReadOnlyList<FeedbackEntry> Recent(int max)
    {
        lock (_gate) { return _entries.Take(max).ToList(); }
    }
}
