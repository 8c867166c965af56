using System.Threading.Channels;

namespace PartnerBot.Knowledge;

/// <summary>
/// Turns a burst of file-system events into one rebuild request after a quiet period, timed by the injected
/// <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ChangeDebouncer : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _quiet;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChangeDebouncer(TimeProvider time, TimeSpan quiet)
    {
        _quiet = quiet;
        _timer = time.CreateTimer(_ => _requests.Writer.TryWrite(true), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Rebuild requests; at most one is pending at a time.</summary>
    public ChannelReader<bool> Requests => _requests.Reader;

    /// <summary>A file changed: (re)start the quiet period.</summary>
    public void Touch() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _timer.Dispose();
        _requests.Writer.TryComplete();
    }
}
