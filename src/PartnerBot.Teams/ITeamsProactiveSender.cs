using PartnerBot.Core.Conversation;

namespace PartnerBot.Teams;

/// <summary>Posts a reply into a stored Teams conversation without an incoming message (fact of the day).</summary>
public interface ITeamsProactiveSender
{
    /// <summary>Renders <paramref name="reply"/> as a card and posts it; returns the new activity id when Teams gives one.</summary>
    /// <exception cref="TeamsDeliveryException">
    /// Delivery failed after retries or the service URL is not allowed. When
    /// <see cref="TeamsDeliveryException.ConversationGone"/> is true the reference has already been removed from the store.
    /// </exception>
    Task<string?> SendAsync(TeamsConversationReference reference, BotReply reply, CancellationToken cancellationToken);
}
