using PartnerBot.FactOfTheDay;

namespace PartnerBot.Platforms;

/// <summary>Shows the fact-of-the-day subscriptions and their last posts on the admin view.</summary>
internal sealed class FactPostingStatus(IFactOfTheDayStatus status) : IFactPostingStatus
{
    public IReadOnlyList<FactSubscriptionInfo> Subscriptions() =>
        status.GetSnapshot().Destinations
            .Select(d => new FactSubscriptionInfo(d.Platform, d.Id, d.SubscribedAt))
            .ToList();

    public IReadOnlyList<FactPostInfo> RecentPosts(int max) =>
        status.GetSnapshot().Destinations
            .Where(d => d.LastPostDate is not null)
            .OrderByDescending(d => d.LastPostDate)
            .Take(max)
            .Select(d => new FactPostInfo(
                new DateTimeOffset(d.LastPostDate!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                d.Platform,
                d.Id,
                string.Empty,
                Outcome(d)))
            .ToList();

    private static string Outcome(FactDestinationStatus d)
    {
        var outcome = d.LastPostStatus ?? "unknown";
        if (!d.Enabled) outcome += $" (destination disabled: {d.DisabledReason})";
        else if (d.LastError is { } error) outcome += $" ({error})";
        return outcome;
    }
}
