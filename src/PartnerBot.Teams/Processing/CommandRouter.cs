using PartnerBot.Core.Conversation;

namespace PartnerBot.Teams.Processing;

/// <summary>Maps message text (mention already stripped) to a <see cref="BotCommand"/>.</summary>
/// <remarks>
/// Commands: <c>help</c>, <c>company NAME</c>, <c>fact</c>, <c>sources</c>, <c>subscribe fact</c>,
/// <c>unsubscribe fact</c>, <c>ask QUESTION</c>; anything else is a question. A leading <c>/</c> is tolerated
/// because people bring it over from Discord.
/// </remarks>
internal static class CommandRouter
{
    public static (BotCommand Command, string Text) Route(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('/')) t = t[1..].TrimStart();
        if (t.Length == 0) return (BotCommand.Help, string.Empty);

        var space = t.IndexOf(' ');
        var verb = (space < 0 ? t : t[..space]).ToLowerInvariant();
        var rest = space < 0 ? string.Empty : t[(space + 1)..].Trim();
        var restLower = rest.ToLowerInvariant();
        return verb switch
        {
            "help" when rest.Length == 0 => (BotCommand.Help, string.Empty),
            "fact" when rest.Length == 0 => (BotCommand.Fact, string.Empty),
            "sources" when rest.Length == 0 => (BotCommand.Sources, string.Empty),
            "company" => (BotCommand.Company, rest),
            "ask" when rest.Length > 0 => (BotCommand.Ask, rest),
            "subscribe" when restLower == "fact" => (BotCommand.SubscribeFact, string.Empty),
            "unsubscribe" when restLower == "fact" => (BotCommand.UnsubscribeFact, string.Empty),
            _ => (BotCommand.Ask, t),
        };
    }
}
