namespace PartnerBot.TestSupport;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock only moves when a test calls <see cref="Advance"/> or <see cref="SetUtcNow"/>.
/// Timers (and so <c>Task.Delay(d, provider)</c>, <c>PeriodicTimer</c>, <c>CancellationTokenSource(d, provider)</c>)
/// fire synchronously inside those calls, in due-time order.
/// </summary>
/// <remarks>
/// Microsoft.Extensions.TimeProvider.Testing is not obtainable here, so this is our own.
/// <see cref="TimerCreated"/> lets a test await "the code under test is now waiting" instead of sleeping.
/// </remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;
    private readonly TimeZoneInfo _zone;
    private long _timersCreated;

    public ManualTimeProvider(DateTimeOffset? start = null, TimeZoneInfo? localTimeZone = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _zone = localTimeZone ?? TimeZoneInfo.Utc;
    }

    /// <summary>Raised (outside the lock) whenever a timer is created or re-armed with a finite due time.</summary>
    public event Action<TimeSpan>? TimerCreated;

    /// <summary>Number of timers created so far.</summary>
    public long TimersCreated => Interlocked.Read(ref _timersCreated);

    /// <summary>Timers currently armed with a finite due time.</summary>
    public int ActiveTimers
    {
        get { lock (_gate) { return _timers.Count(t => t.DueAt is not null); } }
    }

    public override TimeZoneInfo LocalTimeZone => _zone;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) { return _now; }
    }

    public override long GetTimestamp()
    {
        lock (_gate) { return _now.UtcTicks; }
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate) { target = _now + by; }
        RunUntil(target);
    }

    /// <summary>Sets the clock to <paramref name="value"/> (not backwards), firing timers on the way.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _now) throw new ArgumentOutOfRangeException(nameof(value), "Time cannot go backwards.");
        }
        RunUntil(value);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate) { _timers.Add(timer); }
        Interlocked.Increment(ref _timersCreated);
        timer.Change(dueTime, period);
        return timer;
    }

    private void RunUntil(DateTimeOffset target)
    {
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= target)
                    .OrderBy(t => t.DueAt).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }
                if (next.DueAt > _now) _now = next.DueAt!.Value;
                next.DueAt = next.Period is { } p && p > TimeSpan.Zero ? _now + p : null;
            }
            next.Fire();
        }
    }

    private void Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        bool armed;
        lock (_gate)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan ? null : period;
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            armed = timer.DueAt is not null;
        }
        if (armed) TimerCreated?.Invoke(dueTime);
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate) { _timers.Remove(timer); }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }
        public TimeSpan? Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Arm(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
