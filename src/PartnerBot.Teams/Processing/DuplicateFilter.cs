namespace PartnerBot.Teams.Processing;

/// <summary>Remembers the last N activity keys so a redelivered activity is processed once.</summary>
/// <remarks>Bounded memory: a FIFO of at most <c>capacity</c> keys. Thread-safe.</remarks>
internal sealed class DuplicateFilter(int capacity)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time a key is seen; false for a duplicate.</summary>
    public bool TryAdd(string key)
    {
        lock (_gate)
        {
            if (!_seen.Add(key)) return false;
            _order.Enqueue(key);
            while (_order.Count > capacity) _seen.Remove(_order.Dequeue());
            return true;
        }
    }

    /// <summary>Forgets a key (the activity could not be queued, so a redelivery must be processed).</summary>
    public void Remove(string key)
    {
        lock (_gate) { _seen.Remove(key); }
    }

    public int Count
    {
        get { lock (_gate) { return _order.Count; } }
    }
}
