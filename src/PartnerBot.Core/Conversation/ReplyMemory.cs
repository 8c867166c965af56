using System.Collections.Concurrent;
using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Conversation;

/// <summary>Recent replies by id, so "More sources" and 👍/👎 can refer back to them. Bounded; oldest forgotten first.</summary>
internal sealed class ReplyMemory(int capacity)
{
    private readonly ConcurrentDictionary<string, Remembered> _replies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Remember(string id, Remembered reply)
    {
        _replies[id] = reply;
        _order.Enqueue(id);
        while (_order.Count > capacity && _order.TryDequeue(out var old)) _replies.TryRemove(old, out _);
    }

    public Remembered? Find(string id) => _replies.GetValueOrDefault(id);

    /// <summary>What is kept of a reply.</summary>
    internal sealed record Remembered(string Question, string Answer, IReadOnlyList<Citation> MoreCitations);
}
