using PartnerBot.Core.Answering;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Answering;

public sealed class CompanyLookupTests
{
    private static readonly Lazy<CompanyLookup> s_lookup = new(() =>
        new CompanyLookup(SeedKnowledge.Corpus, new FakePassageIndex(SeedKnowledge.Corpus), SeedKnowledge.Companies));

    private static CompanyReport Lookup(string name) => s_lookup.Value.Lookup(name);

    [Theory]
    [InlineData("Geely")]
    [InlineData("吉利")]
    [InlineData("Zhejiang Geely Holding Group")]
    [InlineData("geely")]
    public void Lookup_NameOrAlias_FindsTheCompany(string name)
    {
        var report = Lookup(name);
        Assert.True(report.Found);
        Assert.Equal("Geely", report.Company!.Name);
        Assert.NotEmpty(report.Mentions);
        Assert.Empty(report.Closest);
    }

    [Fact]
    public void Lookup_Hisense_EveryPassageMentioningItIsListedOnce()
    {
        var report = Lookup("Hisense");
        var listed = report.Mentions.SelectMany(m => m.Passages).Select(c => c.PassageId).ToList();
        var expected = SeedKnowledge.Corpus.Passages
            .Where(p => Tokenizer.Tokenize(p.Text).Any(t => t.Text == "hisense"))
            .Select(p => p.Id)
            .ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.Subset(listed.ToHashSet(), expected.ToHashSet());
    }

    [Fact]
    public void Lookup_GroupedByArticle_EachGroupHoldsOnlyItsArticlesPassages()
    {
        var report = Lookup("Hisense");
        Assert.Equal(report.Mentions.Count, report.Mentions.Select(m => m.Article).Distinct().Count());
        foreach (var mention in report.Mentions)
        {
            Assert.All(mention.Passages, c => Assert.Same(mention.Article, SeedKnowledge.Corpus.Passages[c.PassageId].Article));
        }
    }

    [Fact]
    public void Lookup_WithinAnArticle_PassagesWithFiguresComeFirst()
    {
        foreach (var name in new[] { "Hisense", "Haier", "Geely", "Alibaba" })
        {
            foreach (var mention in Lookup(name).Mentions)
            {
                var hasFigure = mention.Passages
                    .Select(c => Tokenizer.Tokenize(SeedKnowledge.Corpus.Passages[c.PassageId].Text).Any(t => t.IsNumeric))
                    .ToList();
                // Once a passage without a figure appears, no passage with a figure may follow.
                var firstWithout = hasFigure.IndexOf(false);
                Assert.True(firstWithout < 0 || !hasFigure.Skip(firstWithout).Contains(true), $"{name} in {mention.Article.Title}");
            }
        }
    }

    [Fact]
    public void Lookup_Snippets_AreBoundedAndHighlightTheName()
    {
        var report = Lookup("Hisense");
        foreach (var citation in report.Mentions.SelectMany(m => m.Passages))
        {
            Assert.InRange(citation.Snippet.Length, 1, 300);
            Assert.NotEmpty(citation.Highlights);
            foreach (var h in citation.Highlights)
            {
                Assert.InRange(h.Start, 0, citation.Snippet.Length - h.Length);
                Assert.Contains("hisense", TextNormalizer.Fold(citation.Snippet.Substring(h.Start, h.Length)), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Lookup_Unknown_NotFoundWithClosestNames()
    {
        var report = Lookup("Hisens");
        Assert.False(report.Found);
        Assert.Null(report.Company);
        Assert.Empty(report.Mentions);
        Assert.Contains("Hisense", report.Closest);
        Assert.InRange(report.Closest.Count, 1, 5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"*:^()")]
    [InlineData("Nonexistent Corporation Ltd")]
    public void Lookup_Junk_NotFoundWithoutThrowing(string name)
    {
        var report = Lookup(name);
        Assert.False(report.Found);
        Assert.InRange(report.Closest.Count, 0, 5);
    }
}
