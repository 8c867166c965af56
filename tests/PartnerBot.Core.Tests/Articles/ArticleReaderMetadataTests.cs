using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Articles;

public sealed class ArticleReaderMetadataTests
{
    private const string Body = "The council signed an agreement with the city. It covers trade and culture.";

    private static ParsedArticle Read(string text, string file = "a.txt") => ArticleReader.Read(file, text);

    [Fact]
    public void Read_FrontMatter_OverridesTitleDateAndAddsUrlAndSource()
    {
        var parsed = Read("""
            ---
            title: "Front: matter title"
            date: 2021-06-05
            url: https://example.org/news/1
            source: 'Example News'
            ---
            Inferred title

            12 January 2020

            The council signed an agreement with the city.
            """);

        var article = parsed.Article;
        Assert.Equal("Front: matter title", article.Title);
        Assert.Equal(new DateOnly(2021, 6, 5), article.Date);
        Assert.Equal("https://example.org/news/1", article.Url);
        Assert.Equal("Example News", article.SourceName);
        Assert.Equal("https://example.org/news/1", article.Source);
        Assert.Equal("The council signed an agreement with the city.", Assert.Single(parsed.Passages).Text);
    }

    [Fact]
    public void Read_FrontMatterWithoutDate_KeepsInferredDate()
    {
        var parsed = Read("---\ntitle: T\n---\n\n12 January 2020\n\n" + Body);

        Assert.Equal("T", parsed.Article.Title);
        Assert.Equal(new DateOnly(2020, 1, 12), parsed.Article.Date);
        Assert.Null(parsed.Article.Url);
        Assert.Equal("a.txt", parsed.Article.Source);
    }

    [Fact]
    public void Read_UnclosedDashes_AreNotFrontMatter()
    {
        var parsed = Read("---\ntitle: x\n\nReal title\n\n" + Body);

        Assert.Equal("title: x", parsed.Article.Title);
    }

    [Theory]
    [InlineData("11 March 2020", 2020, 3, 11)]
    [InlineData("March 11, 2020", 2020, 3, 11)]
    [InlineData("2020-03-11", 2020, 3, 11)]
    [InlineData("Wednesday, 11 March 2020", 2020, 3, 11)]
    [InlineData("Published: 1st Sept 2019", 2019, 9, 1)]
    [InlineData("Posted on Dec. 24 2018", 2018, 12, 24)]
    [InlineData("29 February 2024", 2024, 2, 29)]
    public void Read_StandaloneDateLine_IsTheDateAndNotAPassage(string line, int year, int month, int day)
    {
        var parsed = Read($"Title\n\nA short standfirst.\n\n{line}\n\n{Body}");

        Assert.Equal(new DateOnly(year, month, day), parsed.Article.Date);
        Assert.DoesNotContain(parsed.Passages, p => p.Text.Contains(line, StringComparison.Ordinal));
        Assert.Equal(2, parsed.Passages.Count);
    }

    [Theory]
    [InlineData("30 February 2020")]
    [InlineData("03/11/2020")]
    [InlineData("Marketing 11, 2020")]
    public void Read_ImpossibleOrAmbiguousDate_IsNoDate(string line)
    {
        Assert.Null(Read($"Title\n\n{line}\n\n{Body}").Article.Date);
    }

    [Fact]
    public void Read_DateInsideASentence_IsNotThePublicationDate()
    {
        var parsed = Read("Title\n\nIn December 2019 a delegation visited on 11 March 2020 and again on 2021-01-02.\n\n" + Body);

        Assert.Null(parsed.Article.Date);
        Assert.Null(parsed.Article.Place);
    }

    [Theory]
    [InlineData("HONG KONG, April 22, 2025 — Officials met.", 2025, 4, 22, "Hong Kong")]
    [InlineData("LEEDS, England, 3 May 2021 – The council met.", 2021, 5, 3, "Leeds, England")]
    [InlineData("SAN FRANCISCO, Jan. 5, 2024 /PRNewswire/ -- A firm said.", 2024, 1, 5, "San Francisco")]
    [InlineData("Hangzhou, 2022-09-01 - Officials met.", 2022, 9, 1, "Hangzhou")]
    [InlineData("April 22, 2025 — Officials met.", 2025, 4, 22, null)]
    public void Read_Dateline_GivesDateAndPlaceAndStaysInText(string paragraph, int year, int month, int day, string? place)
    {
        var parsed = Read($"Title\n\n{paragraph}\n\n{Body}");

        Assert.Equal(new DateOnly(year, month, day), parsed.Article.Date);
        Assert.Equal(place, parsed.Article.Place);
        Assert.Equal(paragraph, parsed.Passages[0].Text);
    }

    [Fact]
    public void Read_DatelineOnItsOwnLine_IsNotAPassage()
    {
        var parsed = Read($"Title\n\nBEIJING, 5 June 2023 —\n\n{Body}");

        Assert.Equal(new DateOnly(2023, 6, 5), parsed.Article.Date);
        Assert.Equal("Beijing", parsed.Article.Place);
        Assert.Equal(Body, Assert.Single(parsed.Passages).Text);
    }

    [Fact]
    public void Read_DatelineLikeTextStartingWithOn_IsNoPlace()
    {
        var parsed = Read("Title\n\nOn Wednesday, April 23, 2025 — he left.\n\n" + Body);

        Assert.Null(parsed.Article.Place);
    }
}
