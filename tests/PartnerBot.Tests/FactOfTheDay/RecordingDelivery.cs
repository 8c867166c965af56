using System.Collections.Concurrent;
using PartnerBot.Core.Conversation;
using PartnerBot.FactOfTheDay;
using PartnerBot.State;

namespace PartnerBot.Tests.FactOfTheDay;

/// <summary>A delivery that records posts (with the test clock's time) and fails on request.</summary>
internal sealed class RecordingDelivery(TimeProvider time) : IFactDelivery
{
    private readonly ConcurrentQueue<(Destination Destination, DeliveryFailure Failure)> _failures = new();
    private readonly List<Delivered> _delivered = [];
    private int _attempts;

    public IReadOnlyList<Delivered> Delivered
    {
        get { lock (_delivered) { return _delivered.ToList(); } }
    }

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Called before a post is recorded (e.g. to simulate a crash mid-send by throwing).</summary>
    public Action<Destination>? BeforeSend { get; set; }

    public void FailNext(Destination destination, DeliveryFailure failure, int times = 1)
    {
        for (var i = 0; i < times; i++) _failures.Enqueue((destination, failure));
    }

    public IReadOnlyList<Delivered> To(Destination destination) => Delivered.Where(d => d.Destination == destination).ToList();

    public Task<string> DeliverAsync(Destination destination, BotReply reply, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        BeforeSend?.Invoke(destination);
        if (_failures.TryPeek(out var next) && next.Destination == destination && _failures.TryDequeue(out next))
        {
            throw new FactDeliveryException($"scripted {next.Failure} failure", next.Failure);
        }
        lock (_delivered)
        {
            _delivered.Add(new Delivered(destination, reply, time.GetUtcNow()));
            return Task.FromResult("m" + _delivered.Count);
        }
    }
}
