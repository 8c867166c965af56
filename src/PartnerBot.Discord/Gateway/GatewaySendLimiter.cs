namespace PartnerBot.Discord.Gateway;

/// <summary>
/// Gateway send limit: 120 events per 60 s per connection. Ordinary sends stop at 120 − reserve so
/// heartbeats always have room (Discord closes with 4008 otherwise).
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, int heartbeatReserve = 3, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<long> _sent = new();
    private readonly object _gate = new();

    public async ValueTask WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                var windowStart = now - (long)(_window.TotalSeconds * time.TimestampFrequency);
                while (_sent.Count > 0 && _sent.Peek() <= windowStart) _sent.Dequeue();
                var cap = heartbeat ? limit : limit - heartbeatReserve;
                if (_sent.Count < cap)
                {
                    _sent.Enqueue(now);
                    return;
                }
                wait = time.GetElapsedTime(windowStart, _sent.Peek());
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
