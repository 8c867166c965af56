namespace PartnerBot.Teams;

/// <summary>What the bot needs to post into a Teams conversation later (proactively), stored at install or first contact.</summary>
/// <param name="ConversationId">Teams conversation id (<c>a:…</c> personal, <c>19:…</c> group chat or channel).</param>
/// <param name="ServiceUrl">Base URL of the Bot Connector for this conversation (opaque; may carry a region or tenant segment).</param>
/// <param name="TenantId">Entra tenant of the conversation, when known.</param>
/// <param name="BotId">The bot's account id in the conversation (<c>28:&lt;appId&gt;</c>).</param>
/// <param name="ChannelId">Bot Framework channel: <c>msteams</c>, or <c>emulator</c> locally.</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>, when known.</param>
/// <param name="BotName">The bot's display name, when known.</param>
public sealed record TeamsConversationReference(
    string ConversationId,
    string ServiceUrl,
    string? TenantId,
    string BotId,
    string ChannelId,
    string? ConversationType = null,
    string? BotName = null);
