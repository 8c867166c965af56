using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.Teams.Cards;
using PartnerBot.Teams.Connector;

namespace PartnerBot.Teams.Processing;

/// <summary>Posts a card into a stored conversation (<c>POST {serviceUrl}v3/conversations/{id}/activities</c>).</summary>
/// <remarks>When Teams says the conversation is gone (uninstalled, blocked, not found) the reference is deleted.</remarks>
internal sealed class TeamsProactiveSender(
    ConnectorClient connector,
    IConversationReferenceStore references,
    IOptions<TeamsOptions> options,
    ILogger<TeamsProactiveSender> logger) : ITeamsProactiveSender
{
    public async Task<string?> SendAsync(TeamsConversationReference reference, BotReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(reply);
        var card = ReplyCardBuilder.Build(reply, options.Value.MaxOutgoingBytes - 2048);
        var activity = OutgoingActivities.Proactive(reference, card, ReplyCardBuilder.FallbackText(reply, 200));
        try
        {
            return await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, null, activity, retry: true, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (TeamsDeliveryException ex) when (ex.ConversationGone)
        {
            if (await references.RemoveAsync(reference.ConversationId, cancellationToken).ConfigureAwait(false))
            {
                Log.ReferenceRemoved(logger, reference.ConversationId);
            }
            throw;
        }
    }
}
