using System.Globalization;

namespace PartnerBot.FactOfTheDay;

/// <summary>The daily fact post (section <c>FactOfTheDay</c>), validated at start.</summary>
public sealed class FactOfTheDayOptions
{
    public const string SectionName = "FactOfTheDay";

    /// <summary>False switches the daily posts off (subscribing still works and says so).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Local time of the post, <c>HH:mm</c> (24-hour).</summary>
    public string Time { get; set; } = "09:00";

    /// <summary>IANA time zone the time is in.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>How long after the time a missed post (downtime, retries) may still go out; later it is skipped.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Discord channel ids that always get the post, in addition to subscriptions.</summary>
    public List<string> DiscordChannels { get; set; } = [];

    /// <summary>Consecutive permanent failures (deleted channel, bot removed) after which a destination is disabled.</summary>
    public int DisableAfterFailures { get; set; } = 3;

    /// <summary>Attempts per destination and day for transient failures (429 after waits, 5xx, network).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; doubled each time up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The parsed <see cref="Time"/> (valid after validation).</summary>
    public TimeOnly LocalTime => TimeOnly.ParseExact(Time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture);

    /// <summary>The resolved <see cref="TimeZone"/> (valid after validation).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone.Trim());

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan RetryDelayFor(int retry)
    {
        var delay = RetryDelay;
        for (var i = 1; i < retry && delay < MaxRetryDelay; i++) delay += delay;
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
