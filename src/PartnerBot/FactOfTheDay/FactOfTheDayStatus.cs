using Microsoft.Extensions.Options;
using PartnerBot.State;

namespace PartnerBot.FactOfTheDay;

/// <summary>Builds <see cref="FactOfTheDaySnapshot"/> from the options and the state store.</summary>
internal sealed class FactOfTheDayStatus(StateStore store, IOptions<FactOfTheDayOptions> options, TimeProvider time) : IFactOfTheDayStatus
{
    public FactOfTheDaySnapshot GetSnapshot()
    {
        var o = options.Value;
        DateTimeOffset? next = o.Enabled ? DailySchedule.NextOccurrence(time.GetUtcNow(), o.LocalTime, o.Zone) : null;
        var destinations = store.ListSubscriptions().Select(s =>
        {
            var last = store.LastPost(s.Destination);
            return new FactDestinationStatus(s.Destination.Platform, s.Destination.Id, s.SubscribedBy, s.SubscribedAt, s.Enabled,
                s.ConsecutiveFailures, s.DisabledReason, last?.LocalDate, last?.Status.ToString().ToLowerInvariant(), last?.Error);
        }).ToList();
        return new FactOfTheDaySnapshot(o.Enabled, o.Time, o.TimeZone, next, destinations);
    }
}
