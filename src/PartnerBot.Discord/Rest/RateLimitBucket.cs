namespace PartnerBot.Discord.Rest;

/// <summary>One rate-limit bucket (bucket hash + top-level resource). Requests in a bucket run one at a time.</summary>
/// <remarks>Serialising a bucket is what lets us learn its headers before the next request; see protocol §2.2.</remarks>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private long _resetAt;
    private int _remaining = 1;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastUsed { get; set; }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (Gate)
            {
                var now = time.GetTimestamp();
                if (_remaining > 0 || now >= _resetAt) return;
                wait = time.GetElapsedTime(now, _resetAt);
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Update(int? remaining, TimeSpan? resetAfter)
    {
        lock (Gate)
        {
            if (remaining is { } r) _remaining = r;
            if (resetAfter is { } after) _resetAt = time.GetTimestamp() + (long)(after.TotalSeconds * time.TimestampFrequency);
            else if (remaining is not null) _resetAt = 0;
        }
    }

    public void BlockFor(TimeSpan retryAfter) => Update(0, retryAfter);
}
