using System.Text;
using PartnerBot.Core.Answering;

namespace PartnerBot.Discord.Rendering;

/// <summary>
/// Escapes Discord markdown in plain text and fits it into a character limit with a clean "…" cut
/// (at a word boundary, never inside an escape or a bold marker).
/// </summary>
internal static class MarkdownText
{
    private const string Ellipsis = "…";

    /// <summary>Backslash-escapes every character Discord markdown gives meaning to.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        AppendEscaped(builder, text.AsSpan());
        return builder.ToString();
    }

    /// <summary>Escaped <paramref name="text"/> of at most <paramref name="limit"/> characters.</summary>
    public static string Fit(string text, int limit) => Fit(text, [], limit);

    /// <summary>Escaped <paramref name="text"/> with <paramref name="highlights"/> in bold, at most <paramref name="limit"/> characters.</summary>
    public static string Fit(string text, IReadOnlyList<Highlight> highlights, int limit)
    {
        text = text.Trim();
        var full = Render(text, highlights, text.Length);
        if (full.Length <= limit) return full;
        // Rendering grows monotonically with the characters kept: binary search the longest that fits.
        int low = 0, high = text.Length - 1;
        var best = limit >= Ellipsis.Length ? Ellipsis : "";
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var candidate = Render(text, highlights, mid);
            if (candidate.Length <= limit)
            {
                best = candidate;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return best;
    }

    private static string Render(string text, IReadOnlyList<Highlight> highlights, int keep)
    {
        var end = keep;
        var cut = keep < text.Length;
        if (cut)
        {
            // Prefer a word boundary when one is near; never split a surrogate pair.
            var space = text.LastIndexOf(' ', Math.Max(0, end - 1), Math.Min(end, 40));
            if (space > 0) end = space;
            if (end > 0 && char.IsHighSurrogate(text[end - 1])) end--;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        }
        var builder = new StringBuilder(end + 16);
        var pos = 0;
        foreach (var h in highlights.OrderBy(h => h.Start))
        {
            var start = Math.Max(h.Start, pos);
            var stop = Math.Min(h.Start + h.Length, end);
            if (start >= stop) continue;
            AppendEscaped(builder, text.AsSpan(pos, start - pos));
            builder.Append("**");
            AppendEscaped(builder, text.AsSpan(start, stop - start));
            builder.Append("**");
            pos = stop;
        }
        if (pos < end) AppendEscaped(builder, text.AsSpan(pos, end - pos));
        if (cut) builder.Append(Ellipsis);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '-' or '<') builder.Append('\\');
            builder.Append(c);
        }
    }
}
