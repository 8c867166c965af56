namespace PartnerBot.Hosting;

/// <summary>Counts bot requests being handled, so shutdown can wait for them before platforms disconnect.</summary>
public sealed class InFlightReplies
{
    private readonly object _gate = new();
    private int _count;
    private TaskCompletionSource? _idle;

    public int Count
    {
        get { lock (_gate) { return _count; } }
    }

    /// <summary>Marks a request as started; dispose the result when its reply is done.</summary>
    public IDisposable Enter()
    {
        lock (_gate) { _count++; }
        return new Exit(this);
    }

    /// <summary>Completes when no request is in flight (or throws when <paramref name="cancellationToken"/> fires).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_count == 0) return Task.CompletedTask;
            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private void Leave()
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            if (--_count == 0)
            {
                idle = _idle;
                _idle = null;
            }
        }
        idle?.TrySetResult();
    }

    private sealed class Exit(InFlightReplies owner) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) owner.Leave();
        }
    }
}
