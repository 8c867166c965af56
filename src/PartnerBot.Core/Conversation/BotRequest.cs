namespace PartnerBot.Core.Conversation;

/// <summary>A platform-neutral request: who asked what, where.</summary>
/// <param name="Command">What is asked.</param>
/// <param name="Text">The question, company name or reply id, depending on <paramref name="Command"/>; mentions already removed.</param>
/// <param name="User">Who asked.</param>
/// <param name="Location">Where the reply goes.</param>
public sealed record BotRequest(BotCommand Command, string Text, BotUser User, BotLocation Location);

/// <summary>The person behind a request.</summary>
/// <param name="Platform">"discord", "teams", "web" or "cli".</param>
/// <param name="Id">Platform user id.</param>
/// <param name="Name">Display name, when known.</param>
public sealed record BotUser(string Platform, string Id, string? Name = null);

/// <summary>Where a request came from and its reply goes.</summary>
/// <param name="Platform">"discord", "teams", "web" or "cli".</param>
/// <param name="ConversationId">Discord channel id, Teams conversation id, …</param>
/// <param name="ScopeId">Discord guild id or Teams tenant id, when any.</param>
public sealed record BotLocation(string Platform, string ConversationId, string? ScopeId = null);
