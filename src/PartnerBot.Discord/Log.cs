using Microsoft.Extensions.Logging;

namespace PartnerBot.Discord;

/// <summary>Every log line of the Discord part, with stable event ids (2000–2099).</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Discord is off: no Discord:Token configured (set the Discord__Token environment variable or a user secret).")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(2001, LogLevel.Information, "Discord starting {ShardCount} shard(s) {ShardIds}.")]
    public static partial void Starting(ILogger logger, int shardCount, string shardIds);

    [LoggerMessage(2002, LogLevel.Information, "Discord shard {ShardId} ready (session established).")]
    public static partial void ShardReady(ILogger logger, int shardId);

    [LoggerMessage(2003, LogLevel.Information, "Discord shard {ShardId} resumed.")]
    public static partial void ShardResumed(ILogger logger, int shardId);

    [LoggerMessage(2004, LogLevel.Warning, "Discord shard {ShardId} reconnecting ({Mode}): {Reason}.")]
    public static partial void Reconnecting(ILogger logger, int shardId, string mode, string reason);

    [LoggerMessage(2005, LogLevel.Error, "Discord stopped: {Reason}")]
    public static partial void Stopped(ILogger logger, string reason);

    [LoggerMessage(2006, LogLevel.Warning, "Discord gateway connect failed for shard {ShardId}; retrying in {Delay}.")]
    public static partial void ConnectFailed(ILogger logger, Exception exception, int shardId, TimeSpan delay);

    [LoggerMessage(2007, LogLevel.Warning, "Discord shard {ShardId}: no heartbeat ACK since the last beat; closing the zombie connection.")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(2008, LogLevel.Warning, "Discord daily identify budget is used up; waiting {Wait} before connecting.")]
    public static partial void IdentifyBudgetExhausted(ILogger logger, TimeSpan wait);

    [LoggerMessage(2010, LogLevel.Warning, "Discord REST {Route} rate limited ({Scope}); retrying after {RetryAfter}.")]
    public static partial void RateLimited(ILogger logger, string route, string scope, TimeSpan retryAfter);

    [LoggerMessage(2011, LogLevel.Warning, "Discord REST {Route} failed with {Status} (code {Code}): {Message}")]
    public static partial void RestFailed(ILogger logger, string route, int status, int? code, string? message);

    [LoggerMessage(2012, LogLevel.Warning, "Discord REST {Route} got {Status}; retry {Attempt} after {Delay}.")]
    public static partial void RestRetry(ILogger logger, string route, int? status, int attempt, TimeSpan delay);

    [LoggerMessage(2020, LogLevel.Information, "Discord commands unchanged in {Scope}; registration skipped.")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(2021, LogLevel.Information, "Discord commands registered in {Scope} ({Count} commands).")]
    public static partial void CommandsRegistered(ILogger logger, string scope, int count);

    [LoggerMessage(2022, LogLevel.Error, "Discord command registration failed.")]
    public static partial void CommandsFailed(ILogger logger, Exception exception);

    [LoggerMessage(2030, LogLevel.Error, "Discord event {Event} handler failed.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string @event);

    [LoggerMessage(2031, LogLevel.Debug, "Discord interaction {InteractionId} deferred.")]
    public static partial void Deferred(ILogger logger, string interactionId);

    [LoggerMessage(2032, LogLevel.Information, "Discord user {UserId} is on cooldown.")]
    public static partial void Cooldown(ILogger logger, string userId);
}
