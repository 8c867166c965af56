namespace PartnerBot.Core.Articles;

public static partial class ArticleReader
{
    // Walks the body: heading lines become sections, everything else becomes passages.
    private static List<Passage> BuildPassages(Article article, List<Paragraph> paragraphs, bool markdown, int nextId)
    {
        var passages = new List<Passage>();
        var usualGap = markdown ? int.MaxValue : UsualGap(paragraphs);
        string? section = null;
        var afterHeading = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Kind == ParagraphKind.MarkdownHeading)
            {
                section = StripEmphasis(paragraph.Text);
                afterHeading = true;
                continue;
            }
            // The first paragraph is the standfirst (subtitle): body text even when it is short.
            if (i > 0 && HeadingRules.IsCandidate(paragraph) && i + 1 < paragraphs.Count && IsBody(paragraphs[i + 1]))
            {
                section = markdown ? StripEmphasis(paragraph.Text) : paragraph.Text;
                afterHeading = true;
                continue;
            }
            // A wider gap than the article usually leaves closes the section (a picture or logo was there).
            if (!afterHeading && i > 0 && paragraph.GapBefore > usualGap) section = null;
            afterHeading = false;
            foreach (var (start, end) in PassageSplitter.Split(paragraph.Text))
            {
                var (sourceStart, sourceLength) = paragraph.SourceRange(start, end);
                passages.Add(new Passage(
                    nextId++, article, passages.Count, section, paragraph.Text[start..end], sourceStart, sourceLength));
            }
        }
        return passages;
    }

    private static bool IsBody(Paragraph paragraph) =>
        paragraph.Kind is ParagraphKind.List or ParagraphKind.Code
        || paragraph.Kind == ParagraphKind.Prose && !HeadingRules.IsCandidate(paragraph);

    // The most common number of blank lines between paragraphs (ties go to the smaller).
    private static int UsualGap(List<Paragraph> paragraphs)
    {
        var counts = new Dictionary<int, int>();
        for (var i = 1; i < paragraphs.Count; i++)
        {
            counts[paragraphs[i].GapBefore] = counts.GetValueOrDefault(paragraphs[i].GapBefore) + 1;
        }
        return counts.Count == 0 ? int.MaxValue : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
    }
}
