namespace PartnerBot.TestSupport.Discord;

/// <summary>A growing list with "wait until an item matches" (checks what arrived already, then what arrives).</summary>
public sealed class Signals<T>
{
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];

    public IReadOnlyList<T> Snapshot()
    {
        lock (_items) { return [.. _items]; }
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>> hit = [];
        lock (_items)
        {
            _items.Add(item);
            foreach (var waiter in _waiters.Where(w => w.Match(item)).ToList())
            {
                _waiters.Remove(waiter);
                hit.Add(waiter.Done);
            }
        }
        foreach (var done in hit) done.TrySetResult(item);
    }

    /// <summary>The <paramref name="occurrence"/>-th item matching <paramref name="match"/> (1-based).</summary>
    public Task<T> WaitAsync(Func<T, bool> match, int occurrence = 1, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_items)
        {
            var seen = _items.Where(match).ToList();
            if (seen.Count >= occurrence) return Task.FromResult(seen[occurrence - 1]);
            var remaining = occurrence - seen.Count;
            _waiters.Add((item => match(item) && --remaining == 0, done));
        }
        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }
}
