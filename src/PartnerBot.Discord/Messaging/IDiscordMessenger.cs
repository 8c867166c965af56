using PartnerBot.Core.Conversation;

namespace PartnerBot.Discord.Messaging;

/// <summary>Posts a reply into a channel without an incoming message (fact of the day).</summary>
public interface IDiscordMessenger
{
    /// <summary>Renders <paramref name="reply"/> as an embed and posts it; returns the new message id.</summary>
    /// <exception cref="DiscordDeliveryException">Discord refused the message, or could not be reached after retries.</exception>
    Task<string> SendAsync(string channelId, BotReply reply, CancellationToken cancellationToken);
}
