using System.Globalization;
using System.Text;

namespace PartnerBot.Core.Text;

/// <summary>Splits text into folded word, number and Han tokens with their offsets in the original text.</summary>
/// <remarks>
/// Runs on every candidate passage for every question, so it is a single pass over the characters with no
/// regular expressions; each token costs one string (tokens that are already folded ASCII are lower-cased
/// through a stack buffer).
/// Rules: a word is a run of letters and digits (combining marks included); an apostrophe between letters stays
/// inside ("don't"), and a trailing possessive is dropped ("Geely's" → "geely"). ',' and '.' between digits stay
/// inside a number ("80,000", "3.4"); a number with such a separator ends where letters begin ("3.4bn" → "3.4",
/// "bn"), while plain alphanumerics stay whole ("5g", "1980s"). Each run of Han characters is one token.
/// </remarks>
public static class Tokenizer
{
    private const int MaxStackToken = 128;

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(4, text.Length / 6));
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/> (lets callers reuse a list).</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        while (i < text.Length)
        {
            var kind = Classify(text, i, out var width);
            if (kind == CharKind.Han)
            {
                var start = i;
                i += width;
                while (i < text.Length && Classify(text, i, out width) == CharKind.Han) i += width;
                tokens.Add(new Token(text.Substring(start, i - start), start, i - start, TokenKind.Han));
            }
            else if (kind is CharKind.Letter or CharKind.Digit)
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                i += width;
            }
        }
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        var onlyDigits = true;
        var hasSeparator = false;
        while (i < text.Length)
        {
            var kind = Classify(text, i, out var width);
            if (kind == CharKind.Digit)
            {
                i += width;
            }
            else if (kind is CharKind.Letter or CharKind.Mark)
            {
                if (hasSeparator) break;
                onlyDigits = false;
                i += width;
            }
            else if (kind == CharKind.Separator && onlyDigits && IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1))
            {
                hasSeparator = true;
                i++;
            }
            else if (kind == CharKind.Apostrophe && !onlyDigits && IsLetterAt(text, i - 1) && IsLetterAt(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var length = i - start;
        var folded = Fold(text.AsSpan(start, length));
        folded = DropPossessive(folded);
        if (folded.Length > 0)
        {
            tokens.Add(new Token(folded, start, length, onlyDigits ? TokenKind.Number : TokenKind.Word));
        }
        return i;
    }

    private static string DropPossessive(string folded)
    {
        if (folded.Length > 2 && folded[^1] == 's' && folded[^2] == '\'') return folded[..^2];
        return folded;
    }

    private static string Fold(ReadOnlySpan<char> span)
    {
        if (span.Length <= MaxStackToken && Ascii.IsValid(span))
        {
            Span<char> buffer = stackalloc char[span.Length];
            Ascii.ToLower(span, buffer, out _);
            return new string(buffer);
        }
        return TextNormalizer.Fold(span.ToString());
    }

    private static bool IsDigitAt(string text, int index) =>
        (uint)index < (uint)text.Length && Classify(text, index, out _) == CharKind.Digit;

    private static bool IsLetterAt(string text, int index) =>
        (uint)index < (uint)text.Length && Classify(text, index, out _) == CharKind.Letter;

    private static CharKind Classify(string text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') return CharKind.Letter;
            if (c is >= '0' and <= '9') return CharKind.Digit;
            if (c is ',' or '.') return CharKind.Separator;
            if (c == '\'') return CharKind.Apostrophe;
            return CharKind.Other;
        }
        if (c is '\u2019' or '\u02BC') return CharKind.Apostrophe;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            if (codePoint is >= 0x20000 and <= 0x3FFFF) return CharKind.Han;
            return FromCategory(CharUnicodeInfo.GetUnicodeCategory(codePoint));
        }
        if (IsHan(c)) return CharKind.Han;
        return FromCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    private static CharKind FromCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharKind.Letter,
        UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            => CharKind.Mark,
        _ => CharKind.Other,
    };

    private enum CharKind
    {
        Other,
        Letter,
        Digit,
        Mark,
        Separator,
        Apostrophe,
        Han,
    }
}
