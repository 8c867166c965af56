namespace PartnerBot.Core.Answering;

/// <summary>Cuts passages into answer texts and citation snippets of bounded length, at word boundaries.</summary>
internal static class Snippets
{
    private const string Ellipsis = "…";

    /// <summary>Builds the citation of a ranked passage, its snippet centred on <paramref name="anchor"/> when given.</summary>
    public static Citation Cite(AnalyzedQuery query, RankedPassage ranked, (int Start, int Length)? anchor, int maxLength)
    {
        var passage = ranked.Passage;
        var tokens = ranked.Text.Tokens;
        var focus = anchor ?? FirstHit(ranked) ?? (0, Math.Min(passage.Text.Length, maxLength));
        var snippet = Around(ranked, focus.Start, focus.Length, maxLength, out var range);
        var offset = snippet.StartsWith(Ellipsis, StringComparison.Ordinal) ? Ellipsis.Length : 0;
        var highlights = new List<Highlight>();
        foreach (var hit in ranked.Body.Hits)
        {
            var start = tokens[hit.Token].Start;
            var last = tokens[hit.Token + hit.Length - 1];
            var end = last.Start + last.Length;
            if (start < range.Start || end > range.Start + range.Length) continue;
            highlights.Add(new Highlight(start - range.Start + offset, end - start));
        }
        var article = passage.Article;
        return new Citation(
            article.Title,
            article.Date,
            passage.Section,
            article.Source,
            article.Url,
            snippet,
            highlights,
            Math.Round(ranked.Score, 3),
            passage.Id);
    }

    /// <summary>
    /// A snippet of the passage around <paramref name="start"/>..+<paramref name="length"/>: the whole passage when
    /// it fits in <paramref name="maxLength"/>, else the focus widened evenly to the budget, cut at word boundaries,
    /// with "…" where text was left out.
    /// </summary>
    /// <param name="range">The range of the passage text that the result shows (without the ellipses).</param>
    public static string Around(RankedPassage ranked, int start, int length, int maxLength, out (int Start, int Length) range)
    {
        var text = ranked.Passage.Text;
        if (text.Length <= maxLength)
        {
            range = (0, text.Length);
            return Trim(text, ref range);
        }
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        var budget = maxLength - (2 * Ellipsis.Length);
        if (length < budget)
        {
            var spare = budget - length;
            var before = Math.Min(start, spare / 2);
            var after = Math.Min(text.Length - (start + length), spare - before);
            before = Math.Min(start, spare - after);
            start -= before;
            length += before + after;
        }
        return Cut(text, start, Math.Min(length, budget), out range);
    }

    /// <summary>
    /// Exactly the text from <paramref name="start"/> for <paramref name="length"/> characters when it fits in
    /// <paramref name="maxLength"/>; otherwise its beginning, cut at a word boundary, with "…".
    /// </summary>
    public static string Exact(RankedPassage ranked, int start, int length, int maxLength, out (int Start, int Length) range)
    {
        var text = ranked.Passage.Text;
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        if (length <= maxLength)
        {
            range = (start, length);
            return Trim(text, ref range);
        }
        return Cut(text, start, maxLength - Ellipsis.Length, out range);
    }

    /// <summary>text[start..start+length] moved inward to word boundaries, with "…" on each side that was cut.</summary>
    private static string Cut(string text, int start, int length, out (int Start, int Length) range)
    {
        var end = start + length;
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            var space = text.IndexOf(' ', start, Math.Min(20, end - start));
            if (space > 0) start = space + 1;
        }
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(20, end - start));
            if (space > start) end = space;
        }
        range = (start, end - start);
        var body = Trim(text, ref range);
        var prefix = range.Start > 0 ? Ellipsis : string.Empty;
        var suffix = range.Start + range.Length < text.Length && !EndsSentence(body) ? Ellipsis : string.Empty;
        return prefix + body + suffix;
    }

    private static string Trim(string text, ref (int Start, int Length) range)
    {
        var s = range.Start;
        var e = range.Start + range.Length;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        range = (s, e - s);
        return text[s..e];
    }

    private static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '”' or '"';

    private static (int Start, int Length)? FirstHit(RankedPassage ranked)
    {
        if (ranked.Body.Hits.Count == 0) return null;
        var token = ranked.Text.Tokens[ranked.Body.Hits[0].Token];
        return (token.Start, token.Length);
    }
}
