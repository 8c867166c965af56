using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rendering;
using PartnerBot.Discord.Rest;

namespace PartnerBot.Discord.Interactions;

/// <summary>
/// Answers a chat message that mentions the bot, is a DM, or replies to one of the bot's messages, as a reply
/// in the same channel or thread. Bots (including this one) are ignored; a per-user cooldown stops floods.
/// </summary>
internal sealed partial class ChatMessageHandler(IBot bot, DiscordRestClient rest, UserCooldown cooldown, ILogger logger)
{
    public const string CooldownNotice = "You're sending questions quickly. Please wait a few seconds and ask again.";

    public async Task HandleAsync(JsonMessage message, string? selfId, CancellationToken cancellationToken)
    {
        var author = message.Author;
        if (author is null || author.Bot == true || author.Id == selfId || message.WebhookId is not null) return;
        var isDm = message.GuildId is null;
        var mentioned = selfId is not null && (message.Mentions?.Any(u => u.Id == selfId) ?? false);
        var replyToBot = selfId is not null && message.ReferencedMessage?.Author?.Id == selfId;
        if (!isDm && !mentioned && !replyToBot) return;

        var text = StripMentions(message.Content ?? "", selfId);
        var reference = new JsonMessageReference
        {
            MessageId = message.Id,
            ChannelId = message.ChannelId,
            GuildId = message.GuildId,
            FailIfNotExists = false,
        };
        switch (cooldown.Check(author.Id))
        {
            case CooldownDecision.Ignore:
                return;
            case CooldownDecision.Notice:
                Log.Cooldown(logger, author.Id);
                var notice = ReplyRenderer.Notice(CooldownNotice, ephemeral: false);
                notice.MessageReference = reference;
                await rest.CreateMessageAsync(message.ChannelId, notice, cancellationToken).ConfigureAwait(false);
                return;
        }

        var request = new BotRequest(text.Length == 0 ? BotCommand.Help : BotCommand.Ask, text,
            new BotUser(InteractionRequests.Platform, author.Id, author.GlobalName ?? author.Username),
            new BotLocation(InteractionRequests.Platform, message.ChannelId, message.GuildId));
        var reply = await bot.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        var body = ReplyRenderer.Render(reply, forInteraction: false);
        body.MessageReference = reference;
        await rest.CreateMessageAsync(message.ChannelId, body, cancellationToken).ConfigureAwait(false);
    }

    internal static string StripMentions(string content, string? selfId)
    {
        if (selfId is not null) content = content.Replace("<@" + selfId + ">", " ", StringComparison.Ordinal).Replace("<@!" + selfId + ">", " ", StringComparison.Ordinal);
        return Spaces().Replace(content, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
