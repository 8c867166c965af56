using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.Teams.Cards;
using PartnerBot.Teams.Connector;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Processing;

/// <summary>Does the slow work for an authenticated activity, after the HTTP request has been answered.</summary>
/// <remarks>
/// Messages: typing indicator, routing, <see cref="IBot"/>, reply card. Install and uninstall events store or remove
/// the conversation reference; a welcome is posted only when the reference is new, because Teams announces one
/// install both as <c>installationUpdate</c> and as <c>conversationUpdate</c>.
/// </remarks>
internal sealed class ActivityProcessor(
    IBot bot,
    ConnectorClient connector,
    IConversationReferenceStore references,
    IOptions<TeamsOptions> options,
    TimeProvider timeProvider,
    TeamsStatus status,
    ILogger<ActivityProcessor> logger)
{
    private const string Platform = "teams";
    private readonly TeamsOptions _options = options.Value;

    public async Task ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            switch (activity.Type)
            {
                case "message":
                    await OnMessageAsync(activity, cancellationToken).ConfigureAwait(false);
                    break;
                case "conversationUpdate":
                    await OnConversationUpdateAsync(activity, cancellationToken).ConfigureAwait(false);
                    break;
                case "installationUpdate":
                    await OnInstallationUpdateAsync(activity, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ProcessingFailed(logger, activity.Id, activity.Type, ex);
            var reason = ex is TeamsDeliveryException ? ex.Message : ex.GetType().Name;
            status.Error(timeProvider.GetUtcNow(), $"Processing a {activity.Type} activity failed: {reason}");
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        await EnsureReferenceAsync(activity, cancellationToken).ConfigureAwait(false);
        await SendTypingAsync(activity, cancellationToken).ConfigureAwait(false);

        var (command, text) = CardActionData.Read(activity.Value) ?? CommandRouter.Route(MentionStripper.Strip(activity));
        var request = new BotRequest(command, text, User(activity), Location(activity));
        var reply = await bot.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        await SendAsync(activity, reply, activity.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId)) return;
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await RemoveReferenceAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.MembersAdded?.Any(m => m.Id == botId) == true
            && await EnsureReferenceAsync(activity, cancellationToken).ConfigureAwait(false))
        {
            await WelcomeAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnInstallationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var action = activity.Action ?? string.Empty;
        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            await RemoveReferenceAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        else if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase)
            && await EnsureReferenceAsync(activity, cancellationToken).ConfigureAwait(false)
            && action.Equals("add", StringComparison.OrdinalIgnoreCase))
        {
            await WelcomeAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WelcomeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var help = await bot.HandleAsync(new BotRequest(BotCommand.Help, string.Empty, User(activity), Location(activity)), cancellationToken)
            .ConfigureAwait(false);
        var welcome = help with { Title = "Welcome to PartnerBot" + (help.Title is { Length: > 0 } t ? " — " + t : string.Empty) };
        await SendAsync(activity, welcome, replyToId: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendAsync(Activity activity, BotReply reply, string? replyToId, CancellationToken cancellationToken)
    {
        var card = ReplyCardBuilder.Build(reply, _options.MaxOutgoingBytes - 2048);
        var message = OutgoingActivities.Message(activity, card, ReplyCardBuilder.FallbackText(reply, 200), replyToId);
        await connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, replyToId, message, retry: true, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task SendTypingAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, null, OutgoingActivities.Typing(activity), retry: false, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TeamsDeliveryException or HttpRequestException)
        {
            // Best effort: a missing typing indicator must not cost the answer.
            Log.TypingFailed(logger, activity.Conversation?.Id, ex);
        }
    }

    /// <summary>Stores the reference when it is new or changed; true when there was none before.</summary>
    private async Task<bool> EnsureReferenceAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = new TeamsConversationReference(
            activity.Conversation!.Id!,
            activity.ServiceUrl!,
            activity.TenantId,
            activity.Recipient?.Id ?? string.Empty,
            activity.ChannelId ?? "msteams",
            activity.Conversation.ConversationType,
            activity.Recipient?.Name);
        var existing = await references.GetAsync(reference.ConversationId, cancellationToken).ConfigureAwait(false);
        if (existing == reference) return false;
        await references.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        if (existing is null) Log.ReferenceStored(logger, reference.ConversationId);
        return existing is null;
    }

    private async Task RemoveReferenceAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Conversation!.Id!;
        if (await references.RemoveAsync(id, cancellationToken).ConfigureAwait(false)) Log.ReferenceRemoved(logger, id);
    }

    internal static BotUser User(Activity activity) =>
        new(Platform, activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown", activity.From?.Name);

    internal static BotLocation Location(Activity activity) =>
        new(Platform, activity.Conversation?.Id ?? string.Empty, activity.TenantId);
}
