using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Articles;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", new[] { "Mr. Smith met Dr. Jones.", "They talked." })]
    [InlineData("Cllr. Blake signed it. It was new.", new[] { "Cllr. Blake signed it.", "It was new." })]
    [InlineData("It moved to the U.S. market in 2019. Sales grew.", new[] { "It moved to the U.S. market in 2019.", "Sales grew." })]
    [InlineData("Cities, e.g. Leeds, i.e. in Yorkshire. Next one.", new[] { "Cities, e.g. Leeds, i.e. in Yorkshire.", "Next one." })]
    [InlineData("It is No. 1 in Asia. Really.", new[] { "It is No. 1 in Asia.", "Really." })]
    [InlineData("Payments reached 3.4 trillion RMB. That is a lot.", new[] { "Payments reached 3.4 trillion RMB.", "That is a lot." })]
    [InlineData("Founded by Jack P. Ma and J. R. R. Tolkien. The end.", new[] { "Founded by Jack P. Ma and J. R. R. Tolkien.", "The end." })]
    [InlineData("She said: “It is great.” Then she left.", new[] { "She said: “It is great.”", "Then she left." })]
    [InlineData("Is it? Yes! Certainly…  Done", new[] { "Is it?", "Yes!", "Certainly…", "Done" })]
    [InlineData("The “six little dragons”—six startups. Another — with a dash. End", new[] { "The “six little dragons”—six startups.", "Another — with a dash.", "End" })]
    [InlineData("Turnover grew from £1.5million to £100million.", new[] { "Turnover grew from £1.5million to £100million." })]
    [InlineData("Yahoo! is a company. ok… and more.", new[] { "Yahoo! is a company. ok… and more." })]
    [InlineData("• First item without stop\n• Second item.", new[] { "• First item without stop", "• Second item." })]
    [InlineData("(He left.) She stayed.", new[] { "(He left.)", "She stayed." })]
    public void Split_Examples_ReturnsExpectedSentences(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Sentences(text));
    }

    [Fact]
    public void Split_Ranges_PointIntoTextAndSkipWhiteSpace()
    {
        const string text = "  One sentence.   Two sentences!  ";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([new SentenceSpan(2, 13), new SentenceSpan(18, 14)], spans);
        Assert.Equal("Two sentences!", spans[1].Of(text));
        Assert.Equal(32, spans[1].End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Split_EmptyOrBlank_ReturnsNothing(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("A sentence.", true)]
    [InlineData("He said “yes.”", true)]
    [InlineData("Who?", true)]
    [InlineData("Lianlian Pay", false)]
    [InlineData("The delegation presented at events including:", false)]
    public void EndsSentence_Examples(string text, bool expected)
    {
        Assert.Equal(expected, SentenceSplitter.EndsSentence(text));
    }
}
