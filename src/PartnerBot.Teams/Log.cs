using Microsoft.Extensions.Logging;

namespace PartnerBot.Teams;

/// <summary>Log messages of the Teams bot (event ids 5100–5199). Never logs secrets or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Warning,
        "Teams runs in LOCAL DEVELOPMENT MODE because Teams:AppId is empty: POST /api/messages accepts unauthenticated requests from loopback addresses only and replies without tokens (Bot Framework Emulator). Set Teams__AppId, Teams__AppPassword and Teams__TenantId to serve Microsoft Teams.")]
    public static partial void DevMode(ILogger logger);

    [LoggerMessage(5101, LogLevel.Information, "Teams bot enabled for app {AppId}; signing keys from {MetadataUrl}; tokens from {TokenEndpoint}")]
    public static partial void Started(ILogger logger, string appId, string metadataUrl, string tokenEndpoint);

    [LoggerMessage(5110, LogLevel.Warning, "Refused a Teams request from {Remote} with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, string? remote, int status, string reason);

    [LoggerMessage(5111, LogLevel.Warning, "Teams queue is full ({Capacity}); answered 503 to activity {ActivityId}")]
    public static partial void QueueFull(ILogger logger, int capacity, string? activityId);

    [LoggerMessage(5112, LogLevel.Debug, "Dropped duplicate Teams activity {ActivityId}")]
    public static partial void Duplicate(ILogger logger, string activityId);

    [LoggerMessage(5113, LogLevel.Information, "Teams invoke {Name} is not supported; answered 501")]
    public static partial void UnsupportedInvoke(ILogger logger, string? name);

    [LoggerMessage(5120, LogLevel.Information, "Read {Count} Bot Framework signing keys from {JwksUri}")]
    public static partial void SigningKeysRefreshed(ILogger logger, int count, Uri jwksUri);

    [LoggerMessage(5121, LogLevel.Error, "Could not read Bot Framework signing keys from {MetadataUrl}; keeping the previous keys")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(5130, LogLevel.Warning, "Bot Connector answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void OutboundRetry(ILogger logger, int status, int attempt, TimeSpan delay);

    [LoggerMessage(5131, LogLevel.Error, "Bot Connector call failed with {Status} {ErrorCode} (correlation id {CorrelationId})")]
    public static partial void OutboundFailed(ILogger logger, int status, string? errorCode, string? correlationId);

    [LoggerMessage(5132, LogLevel.Debug, "Got a Bot Framework token valid for {Lifetime}")]
    public static partial void TokenAcquired(ILogger logger, TimeSpan lifetime);

    [LoggerMessage(5133, LogLevel.Error, "The token endpoint {Endpoint} answered {Status}: {Error}")]
    public static partial void TokenFailed(ILogger logger, string endpoint, int status, string error);

    [LoggerMessage(5140, LogLevel.Error, "Processing Teams activity {ActivityId} ({Type}) failed")]
    public static partial void ProcessingFailed(ILogger logger, string? activityId, string? type, Exception exception);

    [LoggerMessage(5141, LogLevel.Information, "Stored Teams conversation reference {ConversationId}")]
    public static partial void ReferenceStored(ILogger logger, string conversationId);

    [LoggerMessage(5142, LogLevel.Information, "Removed Teams conversation reference {ConversationId}")]
    public static partial void ReferenceRemoved(ILogger logger, string conversationId);

    [LoggerMessage(5143, LogLevel.Debug, "Typing indicator for {ConversationId} not sent")]
    public static partial void TypingFailed(ILogger logger, string? conversationId, Exception exception);

    [LoggerMessage(5144, LogLevel.Warning, "Messaging-extension query ran out of its {Budget} budget; answered with {Completed} of {Total} cards")]
    public static partial void MessageExtensionBudget(ILogger logger, TimeSpan budget, int completed, int total);

    [LoggerMessage(5150, LogLevel.Information, "Draining {Count} queued Teams activities before shutdown")]
    public static partial void Draining(ILogger logger, int count);

    [LoggerMessage(5151, LogLevel.Warning, "Shutdown deadline reached; {Count} Teams activities were not processed")]
    public static partial void DrainAborted(ILogger logger, int count);
}
