using Microsoft.Extensions.Logging;

namespace PartnerBot.Search;

/// <summary>Source-generated log messages of the search project (event ids 2000–2099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Built passage index at {Location}: {Articles} articles, {Passages} passages, {Terms} terms in {Seconds:F2} s ({PassagesPerSecond:F0} passages/s)")]
    public static partial void IndexBuilt(ILogger logger, string location, int articles, int passages, int terms, double seconds, double passagesPerSecond);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Reused passage index at {Location} built {BuiltAt:u}: {Articles} articles, {Passages} passages, {Terms} terms (opened in {Milliseconds:F0} ms)")]
    public static partial void IndexReused(ILogger logger, string location, DateTimeOffset builtAt, int articles, int passages, int terms, double milliseconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Rebuilding passage index at {Location}: {Reason}")]
    public static partial void IndexRebuilding(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Passage index at {Location} is unreadable and will be rebuilt")]
    public static partial void IndexUnreadable(ILogger logger, string location, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Could not delete leftover file {File}")]
    public static partial void CleanupFailed(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Passage search failed for match expression of {Length} characters; returning no hits")]
    public static partial void SearchFailed(ILogger logger, int length, Exception exception);
}
