namespace PartnerBot.Core.Articles;

/// <summary>Tells a short heading line ("Lianlian Pay") from a short paragraph of body text.</summary>
/// <remarks>
/// A heading candidate is a one-line paragraph of at most <see cref="MaxChars"/> characters that starts with a
/// capital or a digit and does not end like a sentence or a lead-in: no final ". ! ? … : ; ,". Whether a candidate
/// really is a heading also depends on its neighbours (it must be followed by body text); see <c>ArticleReader</c>.
/// </remarks>
internal static class HeadingRules
{
    public const int MaxChars = 110;

    public static bool IsCandidate(Paragraph paragraph)
    {
        if (paragraph.Kind == ParagraphKind.MarkdownHeading) return true;
        if (paragraph.Kind != ParagraphKind.Prose || paragraph.LineCount > 1) return false;
        var text = paragraph.Text.AsSpan();
        if (text.Length > MaxChars || SentenceSplitter.EndsSentence(text)) return false;
        var last = text.TrimEnd("\"'”’)]»");
        if (last.IsEmpty || last[^1] is ':' or ';' or ',' or '-' or '–' or '—') return false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) return char.IsUpper(c) || char.IsDigit(c);
        }
        return false;
    }
}
