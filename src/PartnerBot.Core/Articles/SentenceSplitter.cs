using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PartnerBot.Core.Articles;

/// <summary>Splits prose into sentences without cutting abbreviations, initials, decimals or quotations.</summary>
/// <remarks>
/// A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (plus any closing quotes or brackets) followed by
/// white space and a word that does not start in lower case; and at every line break, because passage text keeps
/// line breaks only between list items. Dashes never end a sentence. When in doubt it does not split: a sentence
/// that is too long is harmless, a sentence cut in two is not.
/// </remarks>
public static class SentenceSplitter
{
    // Abbreviations that are (almost) never the last word of a sentence.
    private static readonly FrozenSet<string> s_titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "cllr", "clr", "sir", "rev", "hon", "st", "jr", "sr", "gen", "gov",
        "sen", "rep", "sgt", "capt", "col", "lt", "cmdr", "adm", "pres", "supt", "insp", "det", "messrs", "mme",
        "vs", "cf", "approx", "dept", "fig", "figs", "vol", "vols", "pp", "ch", "sec", "art", "ca", "viz", "al",
        "inc", "ltd", "co", "corp", "plc", "bros", "est", "mt", "ft", "ave", "rd", "blvd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.OrdinalIgnoreCase);

    // Abbreviations that only stay inside a sentence when a number follows ("No. 5", "p. 12").
    private static readonly FrozenSet<string> s_beforeNumbers = FrozenSet.ToFrozenSet(
        ["no", "nos", "nr", "p", "op", "art", "tel", "ext"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentence ranges of <paramref name="text"/>, in order; white space between sentences is left out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<SentenceSpan>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(result, text, start, i);
                start = SkipSpace(text, i);
                i = start;
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                var end = EndOfTerminator(text, i);
                if (IsBoundary(text, i, end))
                {
                    Add(result, text, start, end);
                    start = SkipSpace(text, end);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>The sentences of <paramref name="text"/> as strings.</summary>
    public static IEnumerable<string> Sentences(string text) => Split(text).Select(s => s.Of(text));

    /// <summary>True when <paramref name="text"/> (trimmed, ignoring closing quotes and brackets) ends like a sentence.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (text.Length > 0 && IsCloser(text[^1])) text = text[..^1];
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '…';
    }

    private static void Add(List<SentenceSpan> result, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new SentenceSpan(start, end - start));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    // Past a run of terminators ("?!", "...") and the closing quotes/brackets after it (.” or .)).
    private static int EndOfTerminator(string text, int i)
    {
        while (i < text.Length && text[i] is '.' or '!' or '?' or '…') i++;
        while (i < text.Length && IsCloser(text[i])) i++;
        return i;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}';

    private static bool IsBoundary(string text, int terminator, int end)
    {
        if (end < text.Length && !char.IsWhiteSpace(text[end])) return false; // 3.4, U.S., e.g.x, ."—
        var next = SkipSpace(text, end);
        if (next >= text.Length) return true;
        if (text.AsSpan(end, next - end).IndexOfAny('\n', '\r') >= 0) return true;
        var n = text[next];
        if (char.IsLower(n)) return false; // "e.g. the", "Yahoo! is", "… and"
        if (text[terminator] != '.' || terminator + 1 < end && text[terminator + 1] == '.') return true;
        return !IsAbbreviation(text, terminator, n);
    }

    // Is the word just before the full stop at `dot` an abbreviation or an initial?
    private static bool IsAbbreviation(string text, int dot, char next)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart).Trim('.');
        if (word.IsEmpty) return false;
        if (word.Contains('.')) return true;                          // U.S., e.g., i.e., a.m.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;   // J. Smith, Jack P. Ma
        var lookup = s_titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word)) return true;
        return char.IsDigit(next) && s_beforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
