namespace PartnerBot.FactOfTheDay;

/// <summary>The fact of the day at a glance.</summary>
/// <param name="Enabled">Whether daily posts are on.</param>
/// <param name="Time">Local time of the post (HH:mm).</param>
/// <param name="TimeZone">IANA time zone.</param>
/// <param name="NextPost">The next scheduled post (UTC), or null when disabled.</param>
/// <param name="Destinations">Every subscription with its last post.</param>
public sealed record FactOfTheDaySnapshot(
    bool Enabled,
    string Time,
    string TimeZone,
    DateTimeOffset? NextPost,
    IReadOnlyList<FactDestinationStatus> Destinations);
