using System.Collections.Frozen;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Facts;

/// <summary>
/// Finds fact candidates at index time: sentences of 40–300 characters that stand on their own (no opening
/// pronoun pointing back), are not questions, and carry something concrete — a figure, a date or a name.
/// </summary>
public static class FactExtractor
{
    private const int MinLength = 40;
    private const int MaxLength = 300;

    private static readonly FrozenSet<string> s_danglingOpeners = FrozenSet.ToFrozenSet(
    [
        "it", "its", "this", "that", "these", "those", "they", "their", "them", "he", "she", "his", "her", "him",
        "we", "our", "us", "there", "here", "such", "both", "another", "other", "others", "also", "but", "and",
        "or", "so", "however", "meanwhile", "then", "which", "who", "whose", "one", "former", "latter", "said",
    ], StringComparer.Ordinal);

    public static IReadOnlyList<Fact> Extract(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in corpus.Passages)
        {
            foreach (var (start, length) in SentenceSplitter.Split(passage.Text))
            {
                var sentence = passage.Text.Substring(start, length).Trim();
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
        return tokens.Any(t => t.IsNumeric || AnswerCues.IsYear(t.Text) || AnswerCues.IsNumberWord(t.Text))
            || tokens.Skip(1).Any(t => char.IsUpper(sentence[t.Start]) && !StopWords.IsStopWord(t.Text));
    }
}
