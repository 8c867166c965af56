namespace PartnerBot.Core.Articles;

/// <summary>
/// A paragraph of an article: display text (white space tidied) and, for every character of it,
/// its offset in the article text as read, so passages can report where they came from.
/// </summary>
internal sealed class Paragraph(string text, int[] offsets, ParagraphKind kind, int gapBefore, int lineCount)
{
    public string Text { get; } = text;

    public ParagraphKind Kind { get; } = kind;

    /// <summary>Blank lines between this paragraph and the previous one.</summary>
    public int GapBefore { get; } = gapBefore;

    /// <summary>Source lines the paragraph was made from.</summary>
    public int LineCount { get; } = lineCount;

    /// <summary>Offset in the source of <see cref="Text"/>[<paramref name="index"/>].</summary>
    public int SourceOffset(int index) => offsets[index];

    /// <summary>Source range covered by <see cref="Text"/>[start..end).</summary>
    public (int Start, int Length) SourceRange(int start, int end)
    {
        var from = offsets[start];
        return (from, offsets[end - 1] + 1 - from);
    }
}
