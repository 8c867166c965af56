using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PartnerBot.Core.Articles;

/// <summary>Cuts article text into paragraphs: blank-line separated blocks, bullet lists kept together.</summary>
/// <remarks>
/// A block whose lines are all short (≤ <see cref="WrapWidth"/>) is hard-wrapped prose and its lines are joined;
/// a block with a longer line holds one paragraph per line (scraped pages often have no blank lines at all).
/// The first block is always read line by line so that a title never merges with what follows it.
/// Lines without a single letter or digit ("***", "---") are separators, not text.
/// </remarks>
internal static partial class ParagraphParser
{
    public const int WrapWidth = 100;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Paragraph> Parse(string text, int bodyStart, bool markdown)
    {
        var state = new State(text, markdown);
        var inFence = false;
        foreach (var (start, end) in Lines(text, bodyStart))
        {
            var line = text.AsSpan(start, end - start).Trim();
            if (markdown && (line.StartsWith("```") || line.StartsWith("~~~")))
            {
                state.FlushBlock();
                if (inFence) state.FlushCode();
                inFence = !inFence;
                continue;
            }
            if (inFence)
            {
                state.AddCodeLine(start, end);
                continue;
            }
            if (MappedTextBuilder.IsBlank(line))
            {
                state.Blank();
                continue;
            }
            if (markdown && AtxHeading().IsMatch(line))
            {
                state.FlushBlock();
                state.AddHeading(start, end);
                continue;
            }
            if (markdown && SetextUnderline().IsMatch(line) && state.TryTurnLastLineIntoHeading())
            {
                continue;
            }
            state.AddLine(start, end);
        }
        state.FlushBlock();
        state.FlushCode();
        return state.Paragraphs;
    }

    /// <summary>True for a line that starts with a bullet ("•", "-", "*", "–", "1.", "2)").</summary>
    public static bool IsBullet(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        if (line.Length < 2) return false;
        if (line[0] is '•' or '·' or '▪' or '◦' or '‣' or '●' or '○' or '■' or '□' or '➢' or '►' or '✓' or '✔')
            return true;
        if (line[0] is '-' or '*' or '+' or '–') return char.IsWhiteSpace(line[1]);
        return NumberedItem().IsMatch(line);
    }

    private static IEnumerable<(int Start, int End)> Lines(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var end = text.AsSpan(i).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : i + end;
            yield return (i, end);
            i = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    [GeneratedRegex(@"^#{1,6}(\s|$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex NumberedItem();

    // Markdown links and images: [text](url) keeps text, ![alt](url) keeps nothing.
    [GeneratedRegex(@"(!?)\[([^\]\n]*)\]\([^)\s]*(?:\s+""[^""\n]*"")?\)")]
    internal static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*|\s+#+\s*$")]
    internal static partial Regex AtxMarks();
}
