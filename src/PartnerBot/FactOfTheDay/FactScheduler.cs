using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.State;

namespace PartnerBot.FactOfTheDay;

/// <summary>Posts the fact of the day to every enabled destination at the configured local time.</summary>
/// <remarks>
/// Driven only by the injected <see cref="TimeProvider"/>: it sleeps until the next occurrence
/// (<see cref="DailySchedule.NextOccurrence"/>), then posts for that local date. On start it catches up: a date whose
/// time has passed less than <see cref="FactOfTheDayOptions.GracePeriod"/> ago is posted now to destinations the
/// log has nothing for; older ones are skipped. The posting log makes a second run for the same date harmless.
/// </remarks>
internal sealed class FactScheduler(
    StateStore store,
    FactPoster poster,
    IOptions<FactOfTheDayOptions> options,
    TimeProvider time,
    ILogger<FactScheduler> logger) : BackgroundService
{
    private const string ConfigUser = "config";
    private readonly FactOfTheDayOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            Log.SchedulerDisabled(logger);
            return;
        }
        var zone = _options.Zone;
        var localTime = _options.LocalTime;
        SyncConfiguredDestinations();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var today = DailySchedule.LocalDate(now, zone);
            foreach (var date in new[] { today.AddDays(-1), today })
            {
                var due = DailySchedule.At(date, localTime, zone);
                if (due <= now && now - due <= _options.GracePeriod)
                {
                    try
                    {
                        await PostDueAsync(date, due, due + _options.GracePeriod, stoppingToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                    {
                        // The loop must survive anything (a locked state file, a bug): tomorrow is another day.
                        Log.DayFailed(logger, date, e);
                    }
                }
            }
            var next = DailySchedule.NextOccurrence(time.GetUtcNow(), localTime, zone);
            Log.NextPost(logger, next);
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the configured channels; drops configured ones that were taken out of the configuration.</summary>
    private void SyncConfiguredDestinations()
    {
        var configured = _options.DiscordChannels.Select(c => new Destination(Destination.Discord, c.Trim())).ToHashSet();
        foreach (var destination in configured) store.EnsureConfigured(destination);
        foreach (var stale in store.ListSubscriptions().Where(s => s.SubscribedBy == ConfigUser && !configured.Contains(s.Destination)))
        {
            store.Unsubscribe(stale.Destination);
        }
    }

    /// <summary>Posts <paramref name="date"/>'s fact to every enabled destination subscribed before <paramref name="due"/>.</summary>
    private async Task PostDueAsync(DateOnly date, DateTimeOffset due, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        // Someone subscribing after the time gets their first post tomorrow, not a late one today.
        var destinations = store.ListSubscriptions()
            .Where(s => s.Enabled && (s.SubscribedAt <= due || s.SubscribedBy == ConfigUser))
            .Select(s => s.Destination)
            .ToList();
        if (destinations.Count == 0) return;
        var outcomes = await Task.WhenAll(destinations.Select(d => poster.PostAsync(d, date, deadline, cancellationToken))).ConfigureAwait(false);
        Log.DayPosted(logger, date, outcomes.Count(o => o == PostOutcome.Sent), destinations.Count);
    }
}
