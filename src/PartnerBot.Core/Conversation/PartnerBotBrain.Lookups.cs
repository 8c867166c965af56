using System.Globalization;
using System.Text;
using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Conversation;

/// <summary>Company, fact, sources and help replies.</summary>
public sealed partial class PartnerBotBrain
{
    private const int CompanyCitations = 3;

    private BotReply Company(string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0) return Notice("Which company? For example: company Geely.");
        if (name.Length > _options.MaxQuestionLength) return Notice("That name is too long.", ReplyKind.Error);
        var report = _knowledge.Current.CompanyLookup.Lookup(name, cancellationToken);
        if (report.Company is not { } company)
        {
            var closest = report.Closest.Count == 0 ? string.Empty : $" Did you mean {string.Join(", ", report.Closest)}?";
            return new BotReply(NewId(), ReplyKind.CompanyNotFound, null, $"I don't know a company called “{name}” in the articles.{closest}",
                [], report.Closest, []);
        }
        var passages = report.Mentions.SelectMany(m => m.Passages).ToList();
        var summary = passages.Count == 0
            ? "The articles name it but say nothing more about it."
            : $"Mentioned in {passages.Count} passage{(passages.Count == 1 ? "" : "s")} across {report.Mentions.Count} article{(report.Mentions.Count == 1 ? "" : "s")}.";
        var id = NewId();
        var more = passages.Skip(CompanyCitations).ToList();
        _memory.Remember(id, new ReplyMemory.Remembered("company " + company.Name, company.Description, more));
        var buttons = more.Count > 0 ? new List<ReplyButton> { new("More sources", ButtonAction.MoreSources, id) } : [];
        return new BotReply(id, ReplyKind.Company, company.Name, $"{company.Description} {summary}".Trim(),
            passages.Take(CompanyCitations).ToList(), [], buttons);
    }

    private BotReply FactOfTheDay()
    {
        var fact = TodaysFact();
        if (fact is null) return Notice("There are no facts to share yet — add some articles first.");
        var article = fact.Article;
        var citation = new Citation(article.Title, article.Date, null, article.Source, article.Url, fact.Text, [], 1.0, fact.PassageId);
        return new BotReply(NewId(), ReplyKind.Fact, "Fact of the day", fact.Text, [citation], ["Ask me more with /ask"], []);
    }

    private BotReply Sources()
    {
        var knowledge = _knowledge.Current;
        var counts = knowledge.Corpus.Passages.GroupBy(p => p.Article.Id).ToDictionary(g => g.Key, g => g.Count());
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{knowledge.Corpus.Articles.Count} articles:");
        foreach (var article in knowledge.Corpus.Articles.Take(50))
        {
            var date = article.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated";
            text.Append(CultureInfo.InvariantCulture, $"\n• {article.Title} — {date} ({counts.GetValueOrDefault(article.Id)} passages)");
        }
        if (knowledge.Corpus.Articles.Count > 50) text.Append(CultureInfo.InvariantCulture, $"\n… and {knowledge.Corpus.Articles.Count - 50} more.");
        return new BotReply(NewId(), ReplyKind.Sources, "Sources", text.ToString(), [], [], []);
    }

    private static BotReply Help() => new(NewId(), ReplyKind.Help, "PartnerBot",
        "I answer questions about the partnerships between Leeds City Region and Chinese cities and tech firms, "
        + "citing the news articles I learnt them from.\n"
        + "• Ask a question — mention me, DM me, or use /ask\n"
        + "• /company NAME — what the articles say about a company\n"
        + "• /fact — today's fact; /factoftheday subscribe — a daily fact in this channel\n"
        + "• /sources — the articles I know",
        [], ["Who founded DeepSeek?", "How many brands does Haier have?", "company Geely"], []);
}
