using System.Collections.Concurrent;

namespace PartnerBot.Discord.Rest;

/// <summary>
/// Per-bucket limits learnt from <c>X-RateLimit-*</c> headers (keyed by bucket hash + top-level resource),
/// plus the global 50 requests/second and global 429 blocks.
/// </summary>
/// <remarks>Reads time only from the injected <see cref="TimeProvider"/>, so every wait is testable.</remarks>
internal sealed class RestRateLimiter(TimeProvider time, int globalPerSecond = 50)
{
    private const int IdleSeconds = 60;
    private const int PruneEverySeconds = 10;

    private readonly ConcurrentDictionary<string, string> _routeToHash = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly Queue<long> _globalWindow = new();
    private readonly object _globalGate = new();
    private long _globalBlockedUntil;
    private long _nextPruneAt;

    /// <summary>Buckets currently remembered (each interaction has its own, so idle ones are pruned).</summary>
    internal int BucketCount => _buckets.Count;

    public RateLimitBucket GetBucket(DiscordRoute route)
    {
        var key = _routeToHash.TryGetValue(route.Key, out var hash) ? hash + ":" + route.Major : route.Key + ":" + route.Major;
        var now = time.GetTimestamp();
        PruneWhenDue(now);
        var bucket = _buckets.GetOrAdd(key, _ => new RateLimitBucket(time));
        bucket.LastUsed = now;
        return bucket;
    }

    /// <summary>
    /// Records the route's bucket hash and returns the bucket now shared under (hash, major). The first time, the
    /// route's provisional bucket itself becomes that bucket, so what it learnt is not lost.
    /// </summary>
    public RateLimitBucket LearnBucket(DiscordRoute route, string? hash, RateLimitBucket current)
    {
        if (string.IsNullOrEmpty(hash)) return current;
        _routeToHash[route.Key] = hash;
        return _buckets.GetOrAdd(hash + ":" + route.Major, current);
    }

    public void BlockGlobal(TimeSpan retryAfter)
    {
        lock (_globalGate)
        {
            var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
            if (until > _globalBlockedUntil) _globalBlockedUntil = until;
        }
    }

    /// <summary>Waits for a global 429 block to pass and, unless exempt, for a slot in the 50/s window.</summary>
    public async ValueTask WaitGlobalAsync(bool exempt, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalGate)
            {
                var now = time.GetTimestamp();
                if (now < _globalBlockedUntil) wait = time.GetElapsedTime(now, _globalBlockedUntil);
                else if (exempt) return;
                else
                {
                    var windowStart = now - time.TimestampFrequency;
                    while (_globalWindow.Count > 0 && _globalWindow.Peek() <= windowStart) _globalWindow.Dequeue();
                    if (_globalWindow.Count < globalPerSecond)
                    {
                        _globalWindow.Enqueue(now);
                        return;
                    }
                    wait = time.GetElapsedTime(windowStart, _globalWindow.Peek());
                }
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// At most once every <see cref="PruneEverySeconds"/> seconds, one caller forgets the buckets idle for a minute:
    /// a scan on every request would make each request cost O(buckets), and every interaction adds a bucket.
    /// </summary>
    private void PruneWhenDue(long now)
    {
        var due = Volatile.Read(ref _nextPruneAt);
        if (now < due || Interlocked.CompareExchange(ref _nextPruneAt, now + PruneEverySeconds * time.TimestampFrequency, due) != due) return;
        var cutoff = now - IdleSeconds * time.TimestampFrequency;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.LastUsed < cutoff && bucket.Gate.CurrentCount == 1) _buckets.TryRemove(key, out _);
        }
    }
}
