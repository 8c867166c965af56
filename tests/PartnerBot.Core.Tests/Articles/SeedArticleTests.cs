using PartnerBot.Core.Articles;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Articles;

public sealed class SeedArticleTests
{
    private static readonly Lazy<Corpus> s_seeds = new(() => CorpusLoader.Load(RepoPaths.Seeds));

    private static Corpus Seeds => s_seeds.Value;

    private static Article Seed(string prefix) => Seeds.Articles.Single(a => a.Id.StartsWith(prefix, StringComparison.Ordinal));

    private static IEnumerable<Passage> PassagesOf(string prefix) => Seeds.Passages.Where(p => p.Article == Seed(prefix));

    [Fact]
    public void Load_Seeds_ReadsAllFiveWithDensePassageIds()
    {
        Assert.Equal(5, Seeds.Articles.Count);
        Assert.Empty(Seeds.Skipped);
        Assert.Equal(Enumerable.Range(0, Seeds.Passages.Count), Seeds.Passages.Select(p => p.Id));
        foreach (var group in Seeds.Passages.GroupBy(p => p.Article))
        {
            Assert.Equal(Enumerable.Range(0, group.Count()), group.Select(p => p.Position));
        }
    }

    [Theory]
    [InlineData("000", "Leeds City Region opens dialogue with Hangzhou Tech Unicorns")]
    [InlineData("001", "Celebration of a 30-year anniversary")]
    [InlineData("002", "Leeds City Region meets Qingdao’s top Tech firms and showcases to an audience of over three million")]
    [InlineData("003", "Shenzhen, Beijing and Hangzhou: China’s hi-tech frontrunners")]
    [InlineData("004", "Hong Kong Chief Executive Visits Zhejiang to Boost Tech Collaboration")]
    public void Load_Seeds_TitleIsFirstLineAfterFurniture(string seed, string title)
    {
        Assert.Equal(title, Seed(seed).Title);
    }

    [Theory]
    [InlineData("000", "2020-03-11", null)]
    [InlineData("001", "2020-03-11", null)]
    [InlineData("002", "2020-03-11", null)]
    [InlineData("003", null, null)]
    [InlineData("004", "2025-04-22", "Hong Kong")]
    public void Load_Seeds_DateAndPlace(string seed, string? date, string? place)
    {
        var article = Seed(seed);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), article.Date);
        Assert.Equal(place, article.Place);
    }

    [Fact]
    public void Load_Seeds_DateLineIsNotAPassage()
    {
        Assert.DoesNotContain(Seeds.Passages, p => p.Text == "11 March 2020");
    }

    [Theory]
    [InlineData("000", "Geely is one of Hangzhou’s Fortune 500 firms", "Zhejiang Geely Holding Group")]
    [InlineData("000", "Established in 2013, the company has now facilitated", "Lianlian Pay")]
    [InlineData("000", "The event was organised ConnectChina", "Supporting Women in Technology and Innovation in Zhejiang event")]
    [InlineData("000", "• Hangzhou is home to 30 unicorn companies", "Partnership event with Zhong Lun Law Firm focused on the Digital sector and “Unicorns”")]
    [InlineData("003", "Hangzhou can thank Jack Ma", "Hangzhou is home to Alibaba, Kaola, and e-commerce")]
    [InlineData("003", "Microsoft built a US$280 million research lab", "Beijing fuels brain drain by welcoming skilled professionals with new ten-year visa")]
    public void Load_Seeds_HeadingLinesBecomeSections(string seed, string textPart, string section)
    {
        var passage = PassagesOf(seed).Single(p => p.Text.Contains(textPart, StringComparison.Ordinal));
        Assert.Equal(section, passage.Section);
    }

    [Theory]
    [InlineData("000", "The delegation presented at a number of key events including:")]
    [InlineData("000", "Hangzhou is home to over 30 unicorn companies")]
    [InlineData("003", "Each of these three cities has a unique role")]
    public void Load_Seeds_LeadInsAndStandfirstsAreBodyWithoutSection(string seed, string textPart)
    {
        var passage = PassagesOf(seed).Single(p => p.Text.Contains(textPart, StringComparison.Ordinal));
        Assert.Null(passage.Section);
    }

    [Fact]
    public void Load_Seeds_WiderGapAfterASectionClosesIt()
    {
        var tuya = PassagesOf("000").Single(p => p.Text.Contains("Tuya", StringComparison.Ordinal));
        Assert.Null(tuya.Section);
    }

    [Fact]
    public void Load_Seeds_HeadingsAreNotPassages()
    {
        Assert.DoesNotContain(Seeds.Passages, p => p.Text is "Lianlian Pay" or "Zhejiang Geely Holding Group");
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address")]
    [InlineData("Required fields")]
    [InlineData("broken image")]
    [InlineData("web page counter")]
    [InlineData("Return to site")]
    public void Load_Seeds_FurnitureIsInNoPassage(string furniture)
    {
        Assert.DoesNotContain(Seeds.Passages, p => p.Text.Contains(furniture, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Seeds.Articles, a => a.Title.Contains(furniture, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Load_Seeds_LastRealParagraphsAreKept()
    {
        Assert.Contains(PassagesOf("003"), p => p.Text.Contains("sponsored by the Ministry of Commerce of Zhejiang Province", StringComparison.Ordinal));
        Assert.Contains(PassagesOf("004"), p => p.Text.EndsWith("on Friday, April 25.", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Seeds_OriginalTypographyIsKept()
    {
        Assert.Contains(Seeds.Passages, p => p.Text.Contains("“super connector”", StringComparison.Ordinal));
        Assert.Contains(Seeds.Passages, p => p.Text.Contains("China’s", StringComparison.Ordinal));
        Assert.Contains(Seeds.Passages, p => p.Text.StartsWith("• ", StringComparison.Ordinal));
        Assert.Contains(Seeds.Passages, p => p.Text.Contains("£132.7 billion", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Seeds_BulletListStaysTogetherOneItemPerLine()
    {
        var list = PassagesOf("000").Single(p => p.Text.StartsWith("• Hangzhou is home", StringComparison.Ordinal));
        var lines = list.Text.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("• Digital startup companies", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Seeds_PassagesAreAtMost600CharactersUnlessOneSentence()
    {
        Assert.All(Seeds.Passages, p => Assert.True(
            p.Text.Length <= 600 || SentenceSplitter.Split(p.Text).Count == 1,
            $"{p.Article.Id}#{p.Position} has {p.Text.Length} characters"));
    }

    [Fact]
    public void Load_Seeds_LongParagraphIsSplitBetweenSentences()
    {
        var parts = PassagesOf("001").Where(p => p.Text.Contains("memorandum of understanding", StringComparison.Ordinal)
            || p.Text.StartsWith("It also contains new commitments", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, parts.Count);
        Assert.EndsWith("stating the importance of the partnership.", parts[0].Text, StringComparison.Ordinal);
        Assert.Equal(parts[0].Position + 1, parts[1].Position);
    }

    [Fact]
    public void Load_Seeds_EveryPassageRangeCoversItsTextInTheFile()
    {
        foreach (var passage in Seeds.Passages)
        {
            var file = File.ReadAllText(Path.Combine(RepoPaths.Seeds, passage.Article.SourceFile));
            var raw = file.Substring(passage.Start, passage.Length);
            Assert.Equal(Squash(passage.Text), Squash(raw));
        }

        static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Load_Seeds_SentencesAreNeverCutBetweenPassages()
    {
        foreach (var passage in Seeds.Passages)
        {
            Assert.True(SentenceSplitter.EndsSentence(passage.Text) || !passage.Text.Contains(". ", StringComparison.Ordinal)
                || passage.Text.Contains('\n'), $"{passage.Article.Id}#{passage.Position} ends mid-sentence: …{passage.Text[^40..]}");
        }
    }
}
