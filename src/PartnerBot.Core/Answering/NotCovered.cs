using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Answering;

/// <summary>What the bot says when the articles do not answer a question, and what it suggests instead.</summary>
internal static class NotCovered
{
    private const int MaxNamed = 3;
    private const int MaxWordLength = 40;

    /// <summary>The "not covered" text: at most three missing words, each shortened, so it stays well inside 400 characters.</summary>
    public static string Message(AnalyzedQuery query)
    {
        if (query.Concepts.Count == 0)
        {
            return "Ask me about the partnerships between Leeds City Region and Chinese cities and firms — for example, \"What does Tuya do?\"";
        }
        var missing = query.Concepts.Where(c => c.Presence < 0.5).Take(MaxNamed).Select(c => $"“{Shorten(c.Text)}”").ToList();
        var detail = missing.Count == 0
            ? "nothing in them answers it reliably."
            : $"they don't mention {string.Join(" or ", missing)}.";
        return $"I couldn't find that in the articles: {detail}";
    }

    private static string Shorten(string text) => text.Length <= MaxWordLength ? text : text[..(MaxWordLength - 1)] + "…";

    /// <summary>Article titles that share something with the question, else the corpus's first titles.</summary>
    /// <param name="titles">Each article's title with its stems, computed once per corpus.</param>
    public static IReadOnlyList<string> Suggestions(AnalyzedQuery query, IReadOnlyList<(string Title, HashSet<string> Stems)> titles)
    {
        var stems = query.Concepts.SelectMany(c => c.Forms).SelectMany(f => f.Stems).ToHashSet(StringComparer.Ordinal);
        var related = titles.Where(t => t.Stems.Overlaps(stems)).Select(t => t.Title);
        return related.Concat(titles.Select(t => t.Title)).Distinct().Take(3).ToList();
    }

    /// <summary>The titles and their stems, for <see cref="Suggestions"/>.</summary>
    public static IReadOnlyList<(string Title, HashSet<string> Stems)> Titles(Corpus corpus) =>
        corpus.Articles.Select(a => (a.Title, TokenizedText.Create(a.Title).Stems.ToHashSet(StringComparer.Ordinal))).ToList();
}
