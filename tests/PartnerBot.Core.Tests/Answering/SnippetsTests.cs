using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Answering;

public sealed class SnippetsTests
{
    private static readonly Article s_article = new("a", "Leeds and Hisense", new DateOnly(2020, 3, 11), null, "https://example.org/a", "a.txt");

    private static (AnalyzedQuery Query, RankedPassage Ranked) Ranked(string text, params string[] words)
    {
        var forms = words.Select(w => new QueryConcept(w, [QueryAnalyzer.Form(w, 1.0)], 1.0, InCorpus: true)).ToList();
        var query = new AnalyzedQuery(string.Join(' ', words), forms, AnswerType.Any, null);
        var passage = new Passage(4, s_article, 2, "Section", text, 0, text.Length);
        var tokens = TokenizedText.Create(text);
        var matches = ConceptMatches.Find(query, tokens);
        return (query, new RankedPassage(passage, tokens, matches, matches.BestWeight, 1.0, 0.123456));
    }

    private static string LongText(string middle) =>
        string.Join(' ', Enumerable.Repeat("The regional partnership continued to grow steadily.", 12)) + " " + middle + " "
        + string.Join(' ', Enumerable.Repeat("Officials met again later that year in Leeds.", 12));

    [Fact]
    public void Cite_ShortPassage_WholeTextWithHighlightsAndMetadata()
    {
        var (query, ranked) = Ranked("Hisense employs 80,000 people and Hisense is growing.", "hisense");
        var citation = Snippets.Cite(query, ranked, null, 300);
        Assert.Equal(ranked.Passage.Text, citation.Snippet);
        Assert.Equal([new Highlight(0, 7), new Highlight(34, 7)], citation.Highlights);
        Assert.Equal(("Leeds and Hisense", "Section", "https://example.org/a", 4, 0.123), (citation.Title, citation.Section, citation.Source, citation.PassageId, citation.Score));
        Assert.Equal("11 March 2020", citation.DateText);
    }

    [Fact]
    public void Cite_LongPassage_SnippetBoundedAroundTheMatchWithEllipses()
    {
        var (query, ranked) = Ranked(LongText("Hisense employs 80,000 people worldwide."), "hisense");
        Assert.True(ranked.Passage.Text.Length > 600);
        var citation = Snippets.Cite(query, ranked, null, 300);
        Assert.InRange(citation.Snippet.Length, 100, 300);
        Assert.StartsWith("…", citation.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", citation.Snippet, StringComparison.Ordinal);
        Assert.Contains("Hisense employs 80,000", citation.Snippet, StringComparison.Ordinal);
        var h = Assert.Single(citation.Highlights);
        Assert.Equal("Hisense", citation.Snippet.Substring(h.Start, h.Length));
    }

    [Fact]
    public void Cite_LongPassage_HighlightsOnlyInsideTheSnippet()
    {
        var text = "Hisense opened. " + LongText("Nothing here.") + " Hisense closed.";
        var (query, ranked) = Ranked(text, "hisense");
        var citation = Snippets.Cite(query, ranked, null, 300);
        Assert.True(citation.Snippet.Length <= 300);
        foreach (var h in citation.Highlights)
        {
            Assert.InRange(h.Start, 0, citation.Snippet.Length - h.Length);
            Assert.Equal("Hisense", citation.Snippet.Substring(h.Start, h.Length));
        }
    }

    [Theory]
    [InlineData(50)]
    [InlineData(120)]
    [InlineData(300)]
    public void Around_AnyBudget_NeverLongerAndCutsAtWordBoundaries(int max)
    {
        var (_, ranked) = Ranked(LongText("Hisense employs 80,000 people worldwide."), "hisense");
        var text = ranked.Passage.Text;
        for (var start = 0; start < text.Length; start += 37)
        {
            var snippet = Snippets.Around(ranked, start, 7, max, out var range);
            Assert.True(snippet.Length <= max, $"{snippet.Length} > {max} at {start}");
            Assert.Equal(text.Substring(range.Start, range.Length), snippet.Trim('…'));
            Assert.True(range.Start == 0 || text[range.Start - 1] == ' ', $"cut inside a word at {range.Start}");
        }
    }

    [Fact]
    public void Exact_FitsInBudget_ExactRangeTrimmed()
    {
        var (_, ranked) = Ranked("  One sentence here. Another one there.  ", "one");
        var text = Snippets.Exact(ranked, 0, 21, 400, out var range);
        Assert.Equal("One sentence here.", text);
        Assert.Equal((2, 18), range);
    }

    [Fact]
    public void Exact_TooLong_CutWithEllipsisWithinBudget()
    {
        var (_, ranked) = Ranked(LongText("x"), "partnership");
        var text = Snippets.Exact(ranked, 0, ranked.Passage.Text.Length, 400, out _);
        Assert.True(text.Length <= 400);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_OutOfRangeFocus_Clamped()
    {
        var (_, ranked) = Ranked(LongText("x"), "partnership");
        var snippet = Snippets.Around(ranked, 100_000, 50, 300, out _);
        Assert.InRange(snippet.Length, 1, 300);
        snippet = Snippets.Around(ranked, -5, -5, 300, out _);
        Assert.InRange(snippet.Length, 1, 300);
    }
}
