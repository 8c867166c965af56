using System.Text.RegularExpressions;

namespace PartnerBot.Core.Articles;

/// <summary>Reads one article file's text into an <see cref="Article"/> and its passages.</summary>
/// <remarks>
/// Order of work: front matter; paragraphs; page furniture (known phrases anywhere, a comment form in the second
/// half ends the article, interface-like stubs at both edges); title (first remaining line); date (front matter,
/// else a date-only line near the top or bottom, else a dateline); then sections and passages. The rules are
/// general — they look at the shape of lines, never at particular files — and <see cref="RulesVersion"/> is part of
/// the corpus hash, so changing them rebuilds every index.
/// </remarks>
public static partial class ArticleReader
{
    /// <summary>Bumped whenever a reading rule changes, so stored indexes built with the old rules are rebuilt.</summary>
    public const int RulesVersion = 1;

    private const int TitleMaxChars = 150;
    private const int HeadParagraphs = 8;
    private const int DatelineParagraphs = 3;

    /// <summary>Reads <paramref name="text"/> (the decoded file, a leading BOM allowed).</summary>
    /// <param name="sourceFile">File name relative to the corpus folder; gives the id and, by its extension, Markdown or not.</param>
    /// <param name="text">The article text.</param>
    /// <param name="firstPassageId">Id of the article's first passage; the others follow densely.</param>
    public static ParsedArticle Read(string sourceFile, string text, int firstPassageId = 0)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(sourceFile);
        var markdown = extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
        var front = FrontMatter.Parse(text, text.StartsWith('\uFEFF') ? 1 : 0);
        var paragraphs = ParagraphParser.Parse(text, front.BodyStart, markdown);
        RemoveFurniture(paragraphs);

        var id = Path.GetFileNameWithoutExtension(sourceFile);
        var title = TakeTitle(paragraphs, front, markdown) ?? id;
        var date = front.Date is { } fmDate ? DateRecognizer.ParseValue(fmDate) : null;
        date = TakeDateLines(paragraphs, date);
        string? place = null;
        for (var i = 0; i < Math.Min(DatelineParagraphs, paragraphs.Count); i++)
        {
            if (!DateRecognizer.TryParseDateline(paragraphs[i].Text, out var datelineDate, out place, out var length)) continue;
            date ??= datelineDate;
            // A dateline on a line of its own is metadata, like a date line.
            if (paragraphs[i].Text.AsSpan(length).IsWhiteSpace()) paragraphs.RemoveAt(i);
            break;
        }

        var article = new Article(id, title, date, place, front.Url, sourceFile, front.Source);
        return new ParsedArticle(article, BuildPassages(article, paragraphs, markdown, firstPassageId));
    }

    private static void RemoveFurniture(List<Paragraph> paragraphs)
    {
        paragraphs.RemoveAll(p => p.Kind == ParagraphKind.Prose && p.LineCount == 1 && Furniture.IsKnownPhrase(p.Text));
        for (var i = Math.Max(2, paragraphs.Count / 2); i < paragraphs.Count; i++)
        {
            if (!Furniture.IsFooterStart(paragraphs[i])) continue;
            paragraphs.RemoveRange(i, paragraphs.Count - i);
            break;
        }
        while (paragraphs.Count > 0 && Furniture.IsEdgeFurniture(paragraphs[^1])) paragraphs.RemoveAt(paragraphs.Count - 1);
        // Before the title, furniture only goes when a title-like line follows it: "Home Truths" over body text is a title.
        while (paragraphs.Count > 1 && Furniture.IsEdgeFurniture(paragraphs[0], lowerCaseCounts: false)
            && (IsTitleLike(paragraphs[1]) || Furniture.IsEdgeFurniture(paragraphs[1], lowerCaseCounts: false)))
        {
            paragraphs.RemoveAt(0);
        }
    }

    private static bool IsTitleLike(Paragraph paragraph) =>
        paragraph.Kind is ParagraphKind.Prose or ParagraphKind.MarkdownHeading
        && paragraph.LineCount == 1
        && paragraph.Text.Length <= TitleMaxChars
        && (!SentenceSplitter.EndsSentence(paragraph.Text) || paragraph.Text.TrimEnd().EndsWith('?'));

    // Removes the title line (and stubs right after it) from the paragraphs and returns the title.
    private static string? TakeTitle(List<Paragraph> paragraphs, FrontMatter front, bool markdown)
    {
        if (paragraphs.Count == 0) return front.Title;
        var first = paragraphs[0];
        string? title;
        if (front.Title is not null)
        {
            title = front.Title;
            if (HeadingRules.IsCandidate(first) && DateLineOf(first) is null) paragraphs.RemoveAt(0);
        }
        else if (first.Text.Length > TitleMaxChars || first.Kind is ParagraphKind.List or ParagraphKind.Code)
        {
            // No title line: the article opens with body text. Name it by its opening words and keep the text.
            title = Shorten(first.Text.Split('\n')[0], TitleMaxChars);
        }
        else
        {
            title = first.Text;
            paragraphs.RemoveAt(0);
        }
        if (markdown) title = StripEmphasis(title);
        while (paragraphs.Count > 0 && Furniture.IsEdgeFurniture(paragraphs[0])) paragraphs.RemoveAt(0);
        return string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    // Date-only lines are metadata, not passages: the first near the top (else near the bottom) is the date.
    private static DateOnly? TakeDateLines(List<Paragraph> paragraphs, DateOnly? date)
    {
        var found = date;
        var head = Math.Min(HeadParagraphs, paragraphs.Count);
        for (var i = 0; i < head; i++)
        {
            if (DateLineOf(paragraphs[i]) is not { } lineDate) continue;
            found ??= lineDate;
            paragraphs.RemoveAt(i);
            i--;
            head--;
        }
        for (var i = Math.Max(head, paragraphs.Count - 3); found is null && i < paragraphs.Count; i++)
        {
            if (DateLineOf(paragraphs[i]) is not { } lineDate) continue;
            found = lineDate;
            paragraphs.RemoveAt(i);
        }
        return found;
    }

    private static DateOnly? DateLineOf(Paragraph paragraph) =>
        paragraph.Kind == ParagraphKind.Prose && paragraph.LineCount == 1 ? DateRecognizer.ParseDateLine(paragraph.Text) : null;

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }

    internal static string StripEmphasis(string text) => Emphasis().Replace(text, "$2").Trim();

    [GeneratedRegex(@"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();
}
