using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Processing;

/// <summary>Bounded hand-off from the endpoint (which must answer fast) to the background worker.</summary>
internal sealed class ActivityQueue(IOptions<TeamsOptions> options)
{
    private readonly Channel<Activity> _channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    public ChannelReader<Activity> Reader => _channel.Reader;

    /// <summary>False when the queue is full or shutting down; the endpoint then answers 503.</summary>
    public bool TryEnqueue(Activity activity) => _channel.Writer.TryWrite(activity);

    /// <summary>No more activities are accepted; the worker drains what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    public int Count => _channel.Reader.CanCount ? _channel.Reader.Count : 0;
}
