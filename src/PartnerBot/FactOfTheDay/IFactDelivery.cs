using PartnerBot.Core.Conversation;
using PartnerBot.State;

namespace PartnerBot.FactOfTheDay;

/// <summary>Posts a reply to a destination; the seam between the scheduler and the platforms.</summary>
internal interface IFactDelivery
{
    /// <summary>Posts and returns the platform's message id (empty when it gives none).</summary>
    /// <exception cref="FactDeliveryException">The post failed; <see cref="FactDeliveryException.Failure"/> says how to treat it.</exception>
    Task<string> DeliverAsync(Destination destination, BotReply reply, CancellationToken cancellationToken);
}
