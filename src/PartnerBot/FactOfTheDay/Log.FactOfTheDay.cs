using Microsoft.Extensions.Logging;

namespace PartnerBot;

/// <summary>Log messages of the fact of the day (event ids 6010–6099).</summary>
internal static partial class Log
{
    [LoggerMessage(6010, LogLevel.Information, "Fact of the day is disabled (FactOfTheDay:Enabled=false); no daily posts.")]
    public static partial void SchedulerDisabled(ILogger logger);

    [LoggerMessage(6011, LogLevel.Debug, "Next fact of the day at {Next:O}.")]
    public static partial void NextPost(ILogger logger, DateTimeOffset next);

    [LoggerMessage(6012, LogLevel.Information, "Fact of the day for {Date}: posted to {Sent} of {Total} destinations.")]
    public static partial void DayPosted(ILogger logger, DateOnly date, int sent, int total);

    [LoggerMessage(6013, LogLevel.Information, "Posted fact {FactKey} to {Destination} for {Date} (message {MessageId}).")]
    public static partial void FactPosted(ILogger logger, string destination, DateOnly date, string factKey, string messageId);

    [LoggerMessage(6014, LogLevel.Warning, "Post to {Destination} for {Date} has an intent without a result (a crash or shutdown while sending); treating it as possibly sent and not sending again.")]
    public static partial void PossiblySent(ILogger logger, string destination, DateOnly date);

    [LoggerMessage(6015, LogLevel.Warning, "Post to {Destination} for {Date} failed (attempt {Attempt}); retrying in {Delay}: {Error}")]
    public static partial void WillRetry(ILogger logger, string destination, DateOnly date, int attempt, TimeSpan delay, string error);

    [LoggerMessage(6016, LogLevel.Error, "Post to {Destination} for {Date} given up after {Attempts} attempts: {Error}")]
    public static partial void GaveUp(ILogger logger, string destination, DateOnly date, int attempts, string error);

    [LoggerMessage(6017, LogLevel.Warning, "Post to {Destination} for {Date} failed permanently ({Failures} of {Threshold} before disabling): {Error}")]
    public static partial void PermanentFailure(ILogger logger, string destination, DateOnly date, int failures, int threshold, string error);

    [LoggerMessage(6018, LogLevel.Error, "Destination {Destination} disabled after {Failures} consecutive permanent failures: {Error}. Subscribe again to restart it.")]
    public static partial void DestinationDisabled(ILogger logger, string destination, int failures, string error);

    [LoggerMessage(6019, LogLevel.Warning, "Post to {Destination} for {Date} skipped: {Error}")]
    public static partial void PlatformUnavailable(ILogger logger, string destination, DateOnly date, string error);

    [LoggerMessage(6020, LogLevel.Error, "Post to {Destination} for {Date} failed unexpectedly.")]
    public static partial void PostCrashed(ILogger logger, string destination, DateOnly date, Exception exception);

    [LoggerMessage(6021, LogLevel.Warning, "No fact to post to {Destination} for {Date}: there are no fact candidates.")]
    public static partial void NoFacts(ILogger logger, string destination, DateOnly date);

    [LoggerMessage(6022, LogLevel.Information, "{Destination} subscribed to the fact of the day by {UserId}.")]
    public static partial void Subscribed(ILogger logger, string destination, string userId);

    [LoggerMessage(6023, LogLevel.Information, "{Destination} unsubscribed from the fact of the day.")]
    public static partial void Unsubscribed(ILogger logger, string destination);

    [LoggerMessage(6024, LogLevel.Error, "Fact of the day for {Date} failed.")]
    public static partial void DayFailed(ILogger logger, DateOnly date, Exception exception);
}
