using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.Core.Facts;

namespace PartnerBot.FactOfTheDay;

/// <summary>The daily post: the fact, its citation (title, date, source) and a pointer to /ask.</summary>
internal static class FactReplies
{
    public const string AskMore = "Ask me more with /ask";

    public static BotReply Build(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var article = fact.Article;
        var citation = new Citation(article.Title, article.Date, null, article.Source, article.Url, fact.Text, [], 1.0, fact.PassageId);
        return new BotReply(Guid.NewGuid().ToString("N")[..12], ReplyKind.Fact, "Fact of the day", fact.Text, [citation], [AskMore], []);
    }
}
