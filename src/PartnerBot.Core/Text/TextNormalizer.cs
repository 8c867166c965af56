using System.Globalization;
using System.Text;

namespace PartnerBot.Core.Text;

/// <summary>Folds text for matching: never for display (the original text is kept for that).</summary>
/// <remarks>
/// Folding lower-cases (invariant culture), decomposes (NFKD) and drops combining marks, so "Café" and "cafe"
/// match as FTS5's <c>remove_diacritics</c> does; curly quotes become straight, every dash becomes '-',
/// zero-width characters vanish, and runs of white space (NBSP included) become one space, trimmed at both ends.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>
    /// Invalid UTF-16 (a surrogate without its partner, as hostile or truncated input may hold) becomes U+FFFD,
    /// because <see cref="string.Normalize(NormalizationForm)"/> throws on it.
    /// </summary>
    internal static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>Returns the folded form of <paramref name="text"/> (the same instance when nothing changes).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsFoldedAscii(text)) return text;

        var source = text;
        if (!Ascii.IsValid(source)) source = ReplaceLoneSurrogates(source).Normalize(NormalizationForm.FormKD);

        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var c in source)
        {
            var mapped = Map(c);
            if (mapped == '\0') continue;
            if (mapped == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(mapped);
        }
        return builder.ToString();
    }

    /// <summary>Maps one character: '\0' means drop it, ' ' means white space.</summary>
    internal static char Map(char c)
    {
        if (c < 0x80)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c | 0x20);
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') return ' ';
            return c < ' ' || c == 0x7F ? ' ' : c;
        }
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u00B4':
                return '\'';
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                return '"';
            case '\u2212':
                return '-';
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                return '\0';
        }
        if (char.IsWhiteSpace(c)) return ' ';
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
                return '\0';
            case UnicodeCategory.DashPunctuation:
                return '-';
            case UnicodeCategory.Control:
                return ' ';
            default:
                return char.ToLowerInvariant(c);
        }
    }

    private static bool IsFoldedAscii(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ') return false;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c >= 0x7F || c < ' ' || c is >= 'A' and <= 'Z') return false;
            var space = c == ' ';
            if (space && previousSpace) return false;
            previousSpace = space;
        }
        return true;
    }
}
