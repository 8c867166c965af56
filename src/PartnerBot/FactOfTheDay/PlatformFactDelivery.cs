using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.Messaging;
using PartnerBot.State;
using PartnerBot.Teams;

namespace PartnerBot.FactOfTheDay;

/// <summary>Delivers to Discord through <see cref="IDiscordMessenger"/> and to Teams through <see cref="ITeamsProactiveSender"/>.</summary>
/// <remarks>The platform services are looked up when needed, so a host without Discord or Teams still runs the scheduler.</remarks>
internal sealed class PlatformFactDelivery(IServiceProvider services) : IFactDelivery
{
    public async Task<string> DeliverAsync(Destination destination, BotReply reply, CancellationToken cancellationToken) => destination.Platform switch
    {
        Destination.Discord => await DiscordAsync(destination.Id, reply, cancellationToken).ConfigureAwait(false),
        Destination.Teams => await TeamsAsync(destination.Id, reply, cancellationToken).ConfigureAwait(false),
        _ => throw new FactDeliveryException($"Unknown platform '{destination.Platform}'.", DeliveryFailure.Permanent),
    };

    private async Task<string> DiscordAsync(string channelId, BotReply reply, CancellationToken cancellationToken)
    {
        var messenger = services.GetService<IDiscordMessenger>()
            ?? throw new FactDeliveryException("Discord is not set up in this service.", DeliveryFailure.Unavailable);
        try
        {
            return await messenger.SendAsync(channelId, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordDeliveryException e)
        {
            var failure = e.Status == 401 ? DeliveryFailure.Unavailable : e.Permanent ? DeliveryFailure.Permanent : DeliveryFailure.Transient;
            throw new FactDeliveryException(e.Message, failure, e);
        }
    }

    private async Task<string> TeamsAsync(string conversationId, BotReply reply, CancellationToken cancellationToken)
    {
        var sender = services.GetService<ITeamsProactiveSender>();
        var references = services.GetService<IConversationReferenceStore>();
        if (sender is null || references is null)
            throw new FactDeliveryException("Teams is not set up in this service.", DeliveryFailure.Unavailable);
        var reference = await references.GetAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? await ThreadReferenceAsync(references, conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new FactDeliveryException("No stored conversation reference (the app was removed from the conversation).", DeliveryFailure.Permanent);
        try
        {
            return await sender.SendAsync(reference, reply, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        }
        catch (TeamsDeliveryException e)
        {
            var failure = e.ConversationGone || e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound ? DeliveryFailure.Permanent
                : e.StatusCode == HttpStatusCode.Unauthorized ? DeliveryFailure.Unavailable
                : DeliveryFailure.Transient;
            throw new FactDeliveryException(e.Message, failure, e);
        }
        catch (HttpRequestException e)
        {
            throw new FactDeliveryException("Teams could not be reached: " + e.Message, DeliveryFailure.Transient, e);
        }
    }

    // A channel subscribed from a thread, when only the thread's reference was stored: same service URL and bot,
    // posted to the channel itself.
    private static async Task<TeamsConversationReference?> ThreadReferenceAsync(
        IConversationReferenceStore references, string conversationId, CancellationToken cancellationToken)
    {
        var all = await references.ListAsync(cancellationToken).ConfigureAwait(false);
        var thread = all.FirstOrDefault(r => r.ConversationId.StartsWith(conversationId + ";", StringComparison.Ordinal));
        return thread is null ? null : thread with { ConversationId = conversationId };
    }
}
