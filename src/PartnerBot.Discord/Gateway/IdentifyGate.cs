namespace PartnerBot.Discord.Gateway;

/// <summary>
/// Identify concurrency: at most <c>max_concurrency</c> identifies per 5 s, bucket = shard id % max_concurrency.
/// Shared by every shard of the process.
/// </summary>
internal sealed class IdentifyGate(TimeProvider time, int maxConcurrency)
{
    private static readonly TimeSpan s_spacing = TimeSpan.FromSeconds(5);
    private readonly int _maxConcurrency = Math.Max(1, maxConcurrency);
    private readonly Dictionary<int, (SemaphoreSlim Lock, long? Last)> _buckets = [];

    /// <summary>Waits until this shard may identify, and at least <paramref name="minimumDelay"/>.</summary>
    public async Task WaitAsync(int shardId, TimeSpan minimumDelay, CancellationToken cancellationToken)
    {
        var key = shardId % _maxConcurrency;
        SemaphoreSlim gate;
        lock (_buckets)
        {
            if (!_buckets.TryGetValue(key, out var bucket)) _buckets[key] = bucket = (new SemaphoreSlim(1, 1), null);
            gate = bucket.Lock;
        }
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long? last;
            lock (_buckets) { last = _buckets[key].Last; }
            var wait = minimumDelay;
            if (last is { } l)
            {
                var sinceLast = time.GetElapsedTime(l);
                if (s_spacing - sinceLast > wait) wait = s_spacing - sinceLast;
            }
            // One timer for the whole wait keeps the behaviour easy to drive in tests.
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            lock (_buckets) { _buckets[key] = (gate, time.GetTimestamp()); }
        }
        finally
        {
            gate.Release();
        }
    }
}
