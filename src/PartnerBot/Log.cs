using Microsoft.Extensions.Logging;

namespace PartnerBot;

/// <summary>Source-generated log messages of the service host (event ids 3000–3999). Never pass secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Index on: {Articles} articles, {Passages} passages, {Terms} terms (reused: {Reused}) in {Seconds:0.00} s at {Location}")]
    public static partial void IndexLoaded(ILogger logger, int articles, int passages, int terms, bool reused, double seconds, string location);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Index reloaded: {Articles} articles, {Passages} passages, {Terms} terms in {Seconds:0.00} s")]
    public static partial void IndexReloaded(ILogger logger, int articles, int passages, int terms, double seconds);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Index off: loading failed: {Reason}")]
    public static partial void IndexLoadFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Index reload failed, keeping the previous index: {Reason}")]
    public static partial void IndexReloadFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "{Count} corpus files skipped (see /admin)")]
    public static partial void FilesSkipped(ILogger logger, int count);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Hot reload on: watching {Folders}")]
    public static partial void Watching(ILogger logger, string folders);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Hot reload off: Knowledge:Watch is false")]
    public static partial void HotReloadOff(ILogger logger);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "File watcher error (changes may be missed): {Reason}")]
    public static partial void WatcherError(ILogger logger, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Web on: {Urls} (chat page /, operator view /admin)")]
    public static partial void WebOn(ILogger logger, string urls);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Admin view: {Access}")]
    public static partial void AdminAccess(ILogger logger, string access);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "{Part} {State}: {Reason}")]
    public static partial void Part(ILogger logger, string part, string state, string reason);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Rate limit: {Limit}")]
    public static partial void RateLimit(ILogger logger, string limit);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "Unhandled error on {Path}: {Reason}")]
    public static partial void RequestFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Shutting down: waiting for {Count} in-flight replies")]
    public static partial void Draining(ILogger logger, int count);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Shutdown timeout: {Count} replies still in flight")]
    public static partial void DrainTimedOut(ILogger logger, int count);
}
