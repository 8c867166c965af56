using System.Globalization;
using Microsoft.Extensions.Options;

namespace PartnerBot.FactOfTheDay;

/// <summary>Checks <see cref="FactOfTheDayOptions"/> at start, with messages an operator can act on.</summary>
internal sealed class FactOfTheDayOptionsValidator : IValidateOptions<FactOfTheDayOptions>
{
    public ValidateOptionsResult Validate(string? name, FactOfTheDayOptions options)
    {
        var errors = new List<string>();
        if (!TimeOnly.TryParseExact(options.Time?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            errors.Add($"FactOfTheDay:Time '{options.Time}' is not a 24-hour time; use HH:mm, e.g. \"09:00\".");
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById((options.TimeZone ?? "").Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            errors.Add($"FactOfTheDay:TimeZone '{options.TimeZone}' is not a known time zone; use an IANA name such as \"Europe/London\".");
        }
        if (options.GracePeriod < TimeSpan.Zero || options.GracePeriod >= TimeSpan.FromHours(23))
            errors.Add($"FactOfTheDay:GracePeriod {options.GracePeriod} must be between 00:00:00 and 23:00:00 (shorter than the shortest day).");
        if (options.DisableAfterFailures < 1) errors.Add("FactOfTheDay:DisableAfterFailures must be at least 1.");
        if (options.MaxAttempts < 1) errors.Add("FactOfTheDay:MaxAttempts must be at least 1.");
        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
            errors.Add("FactOfTheDay:RetryDelay must be positive and no longer than MaxRetryDelay.");
        foreach (var channel in options.DiscordChannels)
        {
            if (!ulong.TryParse(channel, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                errors.Add($"FactOfTheDay:DiscordChannels entry '{channel}' is not a Discord channel id (digits only; copy it with Developer Mode on).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
