using System.Globalization;
using System.Text;

namespace PartnerBot.Search;

/// <summary>
/// Splits user text into index words the way FTS5's unicode61 tokenizer does (runs of letters and digits),
/// folded to lower case without diacritics. Everything else — punctuation, quotes, operators, control
/// characters, emoji, lone surrogates — is a separator, so nothing of the input survives as query syntax.
/// </summary>
internal static class WordSplitter
{
    /// <summary>Longest word kept; longer runs are junk and would only cost time.</summary>
    public const int MaxWordLength = 64;

    public static List<string> Split(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;

        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            // Invalid UTF-16 (lone surrogates) arrives as U+FFFD, which is a symbol: a separator.
            var category = Rune.GetUnicodeCategory(rune);
            if (IsWordCategory(category))
            {
                if (rune.IsBmp) current.Append((char)rune.Value);
                else current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                Flush(current, words);
            }
        }
        Flush(current, words);
        return words;
    }

    /// <summary>Lower case, diacritics removed (as FTS5's <c>remove_diacritics 2</c> folds them).</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (IsAscii(lower)) return lower;

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0) return;
        if (current.Length <= MaxWordLength)
        {
            var folded = Fold(current.ToString());
            if (folded.Length > 0 && HasLetterOrDigit(folded)) words.Add(folded);
        }
        current.Clear();
    }

    private static bool HasLetterOrDigit(string word)
    {
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) return true;
        }
        return false;
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F) return false;
        }
        return true;
    }
}
