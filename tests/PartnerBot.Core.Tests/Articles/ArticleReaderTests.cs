using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Articles;

public sealed class ArticleReaderTests
{
    private const string Body = "The council signed an agreement with the city. It covers trade and culture.";

    private static ParsedArticle Read(string text, string file = "a.txt") => ArticleReader.Read(file, text);

    [Fact]
    public void Read_CookieBannersAtTheEdges_AreRemoved()
    {
        var parsed = Read($"""
            This website uses cookies to improve your experience. Accept all cookies?

            Real Title

            {Body}

            We use cookies. See our cookie policy.
            """);

        Assert.Equal("Real Title", parsed.Article.Title);
        Assert.Equal(Body, Assert.Single(parsed.Passages).Text);
    }

    [Fact]
    public void Read_FurnitureOfOtherWordings_IsRemovedByShape()
    {
        var parsed = Read("""
            Skip to main content

            Back to homepage

            Qingdao Signs Film Partnership With Bradford

            image placeholder

            Share on Twitter

            Bradford and Qingdao agreed to work together on film. The agreement was signed in June.

            Both cities are UNESCO cities of film.

            Comments are closed for this story.

            Name *

            Post your comment

            ***

            visitor counter
            """);

        Assert.Equal("Qingdao Signs Film Partnership With Bradford", parsed.Article.Title);
        Assert.Equal(
            ["Bradford and Qingdao agreed to work together on film. The agreement was signed in June.", "Both cities are UNESCO cities of film."],
            parsed.Passages.Select(p => p.Text));
    }

    [Theory]
    [InlineData("visitor counter")]
    [InlineData("Print article")]
    [InlineData("* * *")]
    [InlineData("Tweet")]
    public void Read_TrailingStub_IsRemoved(string stub)
    {
        var parsed = Read($"Title\n\n{Body}\n\n{stub}");

        Assert.Equal(Body, Assert.Single(parsed.Passages).Text);
    }

    [Fact]
    public void Read_TrailingShortBodyLine_IsKept()
    {
        var parsed = Read($"Title\n\n{Body}\n\nDigital startups made up 96% of unicorns");

        Assert.Equal("Digital startups made up 96% of unicorns", parsed.Passages[^1].Text);
    }

    [Fact]
    public void Read_InterfaceWordTitleOverBodyText_IsKeptAsTitle()
    {
        var parsed = Read($"Home Truths\n\n{Body}");

        Assert.Equal("Home Truths", parsed.Article.Title);
        Assert.Equal(Body, Assert.Single(parsed.Passages).Text);
    }

    [Fact]
    public void Read_LowerCaseTitle_IsKept()
    {
        var parsed = Read("sm501fb\n\nYou can pass the following options to the driver:");

        Assert.Equal("sm501fb", parsed.Article.Title);
        Assert.Single(parsed.Passages);
    }

    [Fact]
    public void Read_NewsletterBoxNearEnd_EndsTheArticle()
    {
        var parsed = Read($"Title\n\n{Body}\n\nSecond paragraph here.\n\nSubscribe to our newsletter\n\nGet the latest news every week.");

        Assert.Equal(2, parsed.Passages.Count);
    }

    [Fact]
    public void Read_FooterPhraseInFirstHalf_IsKeptAsText()
    {
        var parsed = Read($"Title\n\nRelated articles show the same trend.\n\n{Body}\n\nThird paragraph.\n\nFourth paragraph.");

        Assert.Equal(4, parsed.Passages.Count);
    }

    [Fact]
    public void Read_HeadingRules_TellHeadingsFromShortBodyLines()
    {
        var parsed = Read("""
            Title line

            Standfirst without a full stop

            The delegation visited these firms:

            Alpha Holdings

            Alpha makes cars. It grew fast.

            Beta Pay

            Beta handles payments. It was founded in 2013.

            A short closing remark without a stop
            """);

        var texts = parsed.Passages.Select(p => (p.Section, p.Text)).ToList();
        Assert.Equal(
        [
            (null, "Standfirst without a full stop"),
            (null, "The delegation visited these firms:"),
            ("Alpha Holdings", "Alpha makes cars. It grew fast."),
            ("Beta Pay", "Beta handles payments. It was founded in 2013."),
            ("Beta Pay", "A short closing remark without a stop"),
        ], texts);
    }

    [Fact]
    public void Read_TwoHeadingLikeLinesInARow_OnlyTheLastIsTheSection()
    {
        var parsed = Read($"Title\n\n{Body}\n\nPart One\n\nAlpha Holdings\n\nAlpha makes cars.");

        Assert.Contains(parsed.Passages, p => p.Text == "Part One" && p.Section is null);
        Assert.Equal("Alpha Holdings", parsed.Passages.Single(p => p.Text == "Alpha makes cars.").Section);
    }

    [Fact]
    public void Read_Markdown_HeadingsEmphasisAndLinks()
    {
        var parsed = Read("""
            # **Leeds** and _Hangzhou_

            Intro paragraph with a [link](https://example.org) and ![a picture](p.png) inline.

            ## Trade links

            - first item
            - second item

            Setext heading
            --------------

            Text under it.
            """, "story.md");

        Assert.Equal("Leeds and Hangzhou", parsed.Article.Title);
        Assert.Equal("story", parsed.Article.Id);
        Assert.Equal(
        [
            (null, "Intro paragraph with a link and inline."),
            ("Trade links", "- first item\n- second item"),
            ("Setext heading", "Text under it."),
        ], parsed.Passages.Select(p => (p.Section, p.Text)));
    }

    [Fact]
    public void Read_MarkdownCodeFence_IsNotReadAsHeadings()
    {
        var parsed = Read("# Title\n\nRun this:\n\n```\n# not a heading\necho hi\n```\n\nDone.", "x.md");

        Assert.All(parsed.Passages, p => Assert.Null(p.Section));
        Assert.Contains(parsed.Passages, p => p.Text == "# not a heading\necho hi");
    }

    [Fact]
    public void Read_HardWrappedParagraph_IsJoinedWithSpaces()
    {
        var parsed = Read("Title\n\nThis paragraph was wrapped\nat a narrow width by\nits author.\n\nNext one.");

        Assert.Equal("This paragraph was wrapped at a narrow width by its author.", parsed.Passages[0].Text);
        Assert.Equal("Next one.", parsed.Passages[1].Text);
    }

    [Fact]
    public void Read_LongLinesWithoutBlankLines_AreSeparateParagraphs()
    {
        var line = new string('x', 50) + " " + Body + " " + Body;
        var parsed = Read($"Title\n\n{line}\n{line}\nShort heading\n{line}");

        Assert.Equal(3, parsed.Passages.Count);
        Assert.Equal("Short heading", parsed.Passages[2].Section);
    }

    [Fact]
    public void Read_BomCrLfAndNoBreakSpaces_AreTidiedButOffsetsStayTrue()
    {
        const string text = "\uFEFFTitle\u00A0\r\n\r\nOne\u00A0 two  three.\r\n";

        var passage = Assert.Single(Read(text).Passages);

        Assert.Equal("Title", Read(text).Article.Title);
        Assert.Equal("One two three.", passage.Text);
        Assert.Equal("One\u00A0 two  three.", text.Substring(passage.Start, passage.Length));
    }

    [Fact]
    public void Read_InvisibleCharacters_AreDroppedAndLinesOfThemAreBlank()
    {
        var parsed = Read("Title\n\nInter\u00ADnational\u200B trade.\n\u200B\nNext one.");

        Assert.Equal(["International trade.", "Next one."], parsed.Passages.Select(p => p.Text));
    }

    [Fact]
    public void Read_FirstPassageId_NumbersPassagesDensely()
    {
        var parsed = ArticleReader.Read("a.txt", $"Title\n\n{Body}\n\nSecond.\n\nThird.", firstPassageId: 40);

        Assert.Equal([40, 41, 42], parsed.Passages.Select(p => p.Id));
        Assert.Equal([0, 1, 2], parsed.Passages.Select(p => p.Position));
        Assert.All(parsed.Passages, p => Assert.Same(parsed.Article, p.Article));
    }

    [Fact]
    public void Read_NoTitleLine_UsesOpeningWordsAndKeepsTheText()
    {
        var opening = string.Join(' ', Enumerable.Repeat("Leeds and Hangzhou agreed to work together.", 5));

        var parsed = Read(opening);

        Assert.EndsWith("…", parsed.Article.Title, StringComparison.Ordinal);
        Assert.True(parsed.Article.Title.Length <= 151);
        Assert.Equal(opening, Assert.Single(parsed.Passages).Text);
    }

    [Fact]
    public void Read_OnlyTitleAndFurniture_HasNoPassages()
    {
        Assert.Empty(Read("Title\n\nbroken image\n\n11 March 2020\n\nShare this").Passages);
    }
}
