using System.Text;
using PartnerBot.Core.Answering;

namespace PartnerBot.Teams.Cards;

/// <summary>Escapes article text for the markdown subset of Adaptive Card text blocks in Teams, and bolds highlights.</summary>
/// <remarks>
/// Article text is data, not markup: <c>*</c>, <c>_</c>, brackets, angle brackets (Teams would read <c>&lt;at&gt;</c>)
/// and line-leading list markers are backslash-escaped so an article can never format, link or mention.
/// </remarks>
internal static class TeamsMarkdown
{
    private const string Special = "\\*_~`[]()#<>|{}!";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (atLineStart && (c is '-' or '+' || char.IsAsciiDigit(c)))
            {
                // "- item", "+ item" and "1. item" would become lists.
                if (c is '-' or '+')
                {
                    sb.Append('\\').Append(c);
                    atLineStart = false;
                    continue;
                }
                var j = i;
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
                sb.Append(text, i, j - i);
                if (j < text.Length && text[j] is '.' or ')') { sb.Append('\\').Append(text[j]); j++; }
                i = j - 1;
                atLineStart = false;
                continue;
            }
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
            atLineStart = c == '\n' || (atLineStart && c == ' ');
        }
        return sb.ToString();
    }

    /// <summary>Plain snippet → escaped markdown with the highlighted ranges in bold; overlapping or out-of-range highlights are tolerated.</summary>
    public static string Highlight(string snippet, IReadOnlyList<Highlight> highlights)
    {
        var ranges = Merge(snippet, highlights);
        if (ranges.Count == 0) return Escape(snippet);
        var sb = new StringBuilder(snippet.Length + ranges.Count * 4 + 16);
        var pos = 0;
        foreach (var (start, end) in ranges)
        {
            sb.Append(Escape(snippet[pos..start]));
            sb.Append("**").Append(Escape(snippet[start..end])).Append("**");
            pos = end;
        }
        sb.Append(Escape(snippet[pos..]));
        return sb.ToString();
    }

    private static List<(int Start, int End)> Merge(string snippet, IReadOnlyList<Highlight> highlights)
    {
        var result = new List<(int Start, int End)>();
        foreach (var h in highlights.OrderBy(h => h.Start))
        {
            var start = Math.Clamp(h.Start, 0, snippet.Length);
            var end = Math.Clamp(h.Start + Math.Max(h.Length, 0), start, snippet.Length);
            // "** word**" does not render as bold: keep the markers next to non-space characters.
            while (start < end && char.IsWhiteSpace(snippet[start])) start++;
            while (end > start && char.IsWhiteSpace(snippet[end - 1])) end--;
            if (start >= end) continue;
            if (result.Count > 0 && start <= result[^1].End)
            {
                result[^1] = (result[^1].Start, Math.Max(result[^1].End, end));
            }
            else
            {
                result.Add((start, end));
            }
        }
        return result;
    }
}
