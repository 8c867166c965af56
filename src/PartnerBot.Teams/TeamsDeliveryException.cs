using System.Net;

namespace PartnerBot.Teams;

/// <summary>A message could not be delivered to Teams (after retries where retrying makes sense).</summary>
public sealed class TeamsDeliveryException : Exception
{
    public TeamsDeliveryException(string message, HttpStatusCode? statusCode = null, string? errorCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>HTTP status of the last attempt, when the connector answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Teams error code (<c>BotNotInConversationRoster</c>, <c>ConversationBlockedByUser</c>, …), when given.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// True when the conversation can no longer be posted to (app uninstalled, user blocked the bot, conversation
    /// gone): the stored conversation reference should be deleted rather than retried.
    /// </summary>
    public bool ConversationGone =>
        StatusCode == HttpStatusCode.NotFound
        || (StatusCode == HttpStatusCode.Forbidden && ErrorCode is "BotNotInConversationRoster" or "ConversationBlockedByUser"
            or "MessageWritesBlocked" or "ForbiddenOperationException");
}
