using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerBot.Core;
using PartnerBot.FactOfTheDay;
using PartnerBot.State;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

/// <summary>The scheduler over an in-memory (or file) state store, a recording delivery and a manual clock; restartable.</summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly IFactDelivery _delivery;
    private FactScheduler? _scheduler;

    public SchedulerHarness(ManualTimeProvider time, int facts = 5, Action<FactOfTheDayOptions>? configure = null, string dataFolder = ":memory:",
        Func<StateStore, IFactDelivery>? delivery = null)
    {
        Time = time;
        Options = new FactOfTheDayOptions();
        configure?.Invoke(Options);
        Knowledge = TestKnowledge.Source(facts);
        Store = new StateStore(dataFolder, time, NullLogger<StateStore>.Instance);
        Delivery = new RecordingDelivery(time);
        _delivery = delivery?.Invoke(Store) ?? Delivery;
    }

    public ManualTimeProvider Time { get; }

    public FactOfTheDayOptions Options { get; }

    public IKnowledgeSource Knowledge { get; }

    public StateStore Store { get; private set; }

    public RecordingDelivery Delivery { get; }

    public FactSubscriptions Subscriptions() =>
        new(Store, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<FactSubscriptions>.Instance);

    /// <summary>Starts the scheduler and waits until it sleeps; returns when it will wake (UTC).</summary>
    public async Task<DateTimeOffset> StartAsync()
    {
        var poster = new FactPoster(Store, Knowledge, _delivery, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<FactPoster>.Instance);
        _scheduler = new FactScheduler(Store, poster, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<FactScheduler>.Instance);
        var waiting = NextTimer();
        await _scheduler.StartAsync(CancellationToken.None);
        return await waiting;
    }

    /// <summary>Moves the clock by <paramref name="by"/> and waits until the scheduler (or a retry) sleeps again; returns when it will wake.</summary>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by)
    {
        var waiting = NextTimer();
        Time.Advance(by);
        return await waiting;
    }

    /// <summary>Moves the clock to the next wake-up time and waits until it sleeps again.</summary>
    public Task<DateTimeOffset> AdvanceToAsync(DateTimeOffset wake) => AdvanceAsync(wake - Time.GetUtcNow());

    public async Task StopAsync()
    {
        if (_scheduler is null) return;
        await _scheduler.StopAsync(CancellationToken.None);
        _scheduler.Dispose();
        _scheduler = null;
    }

    /// <summary>Stops the scheduler; with a file store, also closes and reopens the database (a process restart).</summary>
    public async Task RestartStoreAsync(string dataFolder)
    {
        await StopAsync();
        Store.Dispose();
        Store = new StateStore(dataFolder, Time, NullLogger<StateStore>.Instance);
    }

    /// <summary>Stops and starts the scheduler over the same store (a restart of an in-memory store); returns the wake time.</summary>
    public async Task<DateTimeOffset> RestartSameStoreAsync()
    {
        await StopAsync();
        return await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Store.Dispose();
        Knowledge.Current.Dispose();
    }

    private Task<DateTimeOffset> NextTimer()
    {
        var done = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnTimer(TimeSpan due)
        {
            Time.TimerCreated -= OnTimer;
            done.TrySetResult(Time.GetUtcNow() + due);
        }
        Time.TimerCreated += OnTimer;
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
