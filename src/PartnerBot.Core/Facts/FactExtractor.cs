using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Facts;

/// <summary>
/// Finds fact candidates at index time: sentences of 40–300 characters that stand on their own (no opening
/// pronoun pointing back), are not questions, and carry something concrete — a figure, a date or a name.
/// </summary>
/// <remarks>
/// "Stand on their own" also rules out a definite subject that only the previous sentence explains ("The event was
/// held…", "Established in 2013, the company…", "…briefed the delegation…", "this city…"), "these"/"those"
/// anywhere, and quotations left open. Strict on purpose: a dull but clear fact beats a puzzling one. A news
/// dateline ("HONG KONG, April 22, 2025 — ") is dropped from the fact's text; the citation carries the date.
/// </remarks>
public static partial class FactExtractor
{
    private const int MinLength = 40;
    private const int MaxLength = 300;

    private static readonly FrozenSet<string> s_danglingOpeners = FrozenSet.ToFrozenSet(
    [
        "it", "its", "this", "that", "these", "those", "they", "their", "them", "he", "she", "his", "her", "him",
        "we", "our", "us", "there", "here", "such", "both", "another", "other", "others", "also", "but", "and",
        "or", "so", "however", "meanwhile", "then", "which", "who", "whose", "one", "former", "latter", "said",
    ], StringComparer.Ordinal);

    // Nouns that, after "the", point back at something the article introduced earlier.
    private static readonly FrozenSet<string> s_anaphoricNouns = FrozenSet.ToFrozenSet(
    [
        "event", "events", "delegation", "visit", "trip", "mission", "company", "companies", "firm", "business", "city",
        "cities", "meeting", "meetings", "project", "plan", "scheme", "agreement", "deal", "programme", "program",
        "team", "group", "partnership", "centre", "center", "forum", "conference", "report", "move", "region",
    ], StringComparer.Ordinal);

    // The subset that, after "the", points back wherever it stands in the sentence.
    private static readonly FrozenSet<string> s_backReferences = FrozenSet.ToFrozenSet(
    [
        "delegation", "visit", "trip", "mission", "event", "company", "team", "city", "cities", "center", "centre",
    ], StringComparer.Ordinal);

    [GeneratedRegex(@"^[A-Z][A-Z .'’-]+, [A-Z][a-z]+\.? \d{1,2}, \d{4} ?[—–-]+ ?")]
    private static partial Regex Dateline();

    public static IReadOnlyList<Fact> Extract(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in corpus.Passages)
        {
            foreach (var (start, length) in SentenceSplitter.Split(passage.Text))
            {
                var sentence = Dateline().Replace(passage.Text.Substring(start, length).Trim(), "");
                if (IsFact(sentence) && seen.Add(TextNormalizer.Fold(sentence)))
                {
                    facts.Add(new Fact(sentence, passage.Article, passage.Id));
                }
            }
        }
        return facts;
    }

    /// <summary>The first word without a contraction: "they're" → "they", "we've" → "we".</summary>
    private static string Opener(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    /// <summary>True when the sentence could stand alone as a fact of the day.</summary>
    public static bool IsFact(string sentence)
    {
        if (sentence.Length is < MinLength or > MaxLength) return false;
        if (sentence.EndsWith('?') || !char.IsUpper(sentence[0]) && !char.IsDigit(sentence[0])) return false;
        if (sentence[^1] is not ('.' or '!' or '”' or '"' or ')')) return false;
        var tokens = Tokenizer.Tokenize(sentence);
        if (tokens.Count < 6 || s_danglingOpeners.Contains(Opener(tokens[0].Text))) return false;
        if (PointsBack(sentence, tokens) || !QuotesBalanced(sentence)) return false;
        return tokens.Any(t => t.IsNumeric || AnswerCues.IsYear(t.Text) || AnswerCues.IsNumberWord(t.Text))
            || tokens.Skip(1).Any(t => char.IsUpper(sentence[t.Start]) && !StopWords.IsStopWord(t.Text));
    }

    /// <summary>"The event …", "Established in 2013, the company …", or "these"/"those" anywhere.</summary>
    private static bool PointsBack(string sentence, IReadOnlyList<Token> tokens)
    {
        if (tokens.Any(t => t.Text is "these" or "those")) return true;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "this city", "the delegation", "the visit": somewhere the reader of a lone sentence has not been.
            if (tokens[i].Text is "this" or "that" && s_anaphoricNouns.Contains(tokens[i + 1].Text)) return true;
            if (tokens[i].Text == "the" && s_backReferences.Contains(tokens[i + 1].Text)) return true;
        }
        if (tokens[0].Text == "the" && s_anaphoricNouns.Contains(tokens[1].Text)) return true;
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0) return false;
        var after = tokens.SkipWhile(t => t.Start < comma).Take(2).ToList();
        return after.Count == 2 && after[0].Text == "the" && s_anaphoricNouns.Contains(after[1].Text);
    }

    private static bool QuotesBalanced(string sentence) =>
        sentence.Count(c => c == '“') == sentence.Count(c => c == '”') && sentence.Count(c => c == '"') % 2 == 0;
}
