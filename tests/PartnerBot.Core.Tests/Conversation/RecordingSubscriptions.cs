using PartnerBot.Core.Conversation;

namespace PartnerBot.Core.Tests.Conversation;

/// <summary>An <see cref="IFactSubscriptions"/> that records calls and answers with fixed messages.</summary>
internal sealed class RecordingSubscriptions : IFactSubscriptions
{
    public List<string> Calls { get; } = [];

    public Task<string> SubscribeAsync(BotLocation location, BotUser user, CancellationToken cancellationToken)
    {
        Calls.Add($"subscribe {location.ConversationId} {user.Id}");
        return Task.FromResult("subscribed");
    }

    public Task<string> UnsubscribeAsync(BotLocation location, CancellationToken cancellationToken)
    {
        Calls.Add($"unsubscribe {location.ConversationId}");
        return Task.FromResult("unsubscribed");
    }

    public Task<string> StatusAsync(BotLocation location, CancellationToken cancellationToken)
    {
        Calls.Add($"status {location.ConversationId}");
        return Task.FromResult("status: on");
    }
}
