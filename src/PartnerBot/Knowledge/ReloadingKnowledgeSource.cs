using PartnerBot.Core;

namespace PartnerBot.Knowledge;

/// <summary>
/// The host's <see cref="IKnowledgeSource"/>: holds the current snapshot and swaps in rebuilt ones atomically.
/// </summary>
/// <remarks>
/// Readers take <see cref="Current"/> without locking (a volatile read of one reference). A replaced snapshot is
/// not disposed at once: questions that already hold it keep using it, so it is retired after a grace period
/// measured on the injected <see cref="TimeProvider"/> (or when the host stops).
/// </remarks>
public sealed class ReloadingKnowledgeSource : IKnowledgeSource, IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _retireAfter;
    private readonly object _gate = new();
    private readonly List<KnowledgeBase> _retiring = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private KnowledgeBase? _current;
    private KnowledgeState _state = KnowledgeState.Empty;
    private bool _disposed;

    public ReloadingKnowledgeSource(TimeProvider time, TimeSpan retireAfter)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _retireAfter = retireAfter;
    }

    /// <summary>Raised after every load attempt (success or failure) with the new state.</summary>
    public event Action<KnowledgeState>? Changed;

    /// <summary>The snapshot in use. Throws before the first load; check <see cref="IsLoaded"/> or await <see cref="WhenLoaded"/>.</summary>
    public KnowledgeBase Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The index is still loading.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>Completes when the first snapshot is in.</summary>
    public Task WhenLoaded => _loaded.Task;

    public KnowledgeState State => Volatile.Read(ref _state);

    /// <summary>Replaced snapshots not yet disposed.</summary>
    public int Retiring
    {
        get { lock (_gate) { return _retiring.Count; } }
    }

    /// <summary>Swaps <paramref name="next"/> in; the previous snapshot is retired after the grace period.</summary>
    public void Swap(KnowledgeBase next)
    {
        ArgumentNullException.ThrowIfNull(next);
        KnowledgeBase? previous;
        KnowledgeState state;
        lock (_gate)
        {
            if (_disposed)
            {
                next.Dispose();
                return;
            }
            previous = Interlocked.Exchange(ref _current, next);
            state = new KnowledgeState(true, next.Index.Statistics, next.Corpus.Skipped, _time.GetUtcNow(),
                _state.Reloads + (previous is null ? 0 : 1), null, null);
            Volatile.Write(ref _state, state);
            if (previous is not null) _retiring.Add(previous);
        }
        if (previous is not null) Retire(previous);
        _loaded.TrySetResult();
        Changed?.Invoke(state);
    }

    /// <summary>Records a failed load; the snapshot in use (if any) stays.</summary>
    public void Failed(string message)
    {
        KnowledgeState state;
        lock (_gate)
        {
            state = _state with { LastError = message, LastErrorAt = _time.GetUtcNow() };
            Volatile.Write(ref _state, state);
        }
        Changed?.Invoke(state);
    }

    // A timer callback rather than an awaited delay: disposal happens exactly when the clock passes the grace period.
    private void Retire(KnowledgeBase old)
    {
        ITimer? timer = null;
        timer = _time.CreateTimer(_ =>
        {
            bool mine;
            lock (_gate) { mine = _retiring.Remove(old); }
            if (mine) old.Dispose();
            timer?.Dispose();
        }, null, _retireAfter, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        List<KnowledgeBase> toDispose;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            toDispose = [.. _retiring];
            _retiring.Clear();
            if (Interlocked.Exchange(ref _current, null) is { } current) toDispose.Add(current);
        }
        foreach (var knowledge in toDispose) knowledge.Dispose();
    }
}
