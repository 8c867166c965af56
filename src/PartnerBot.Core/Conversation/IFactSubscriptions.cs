namespace PartnerBot.Core.Conversation;

/// <summary>Fact-of-the-day subscriptions for conversations; provided by the host's scheduler.</summary>
public interface IFactSubscriptions
{
    /// <summary>Subscribes the location; returns the message to show.</summary>
    Task<string> SubscribeAsync(BotLocation location, BotUser user, CancellationToken cancellationToken);

    /// <summary>Unsubscribes the location; returns the message to show.</summary>
    Task<string> UnsubscribeAsync(BotLocation location, CancellationToken cancellationToken);

    /// <summary>Describes the location's subscription.</summary>
    Task<string> StatusAsync(BotLocation location, CancellationToken cancellationToken);
}
