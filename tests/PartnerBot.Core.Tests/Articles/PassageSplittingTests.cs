using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Articles;

public sealed class PassageSplittingTests
{
    private static string Sentence(int i) => $"Sentence number {i} talks about the partnership between Leeds and Hangzhou in detail.";

    [Fact]
    public void Read_LongParagraph_SplitsIntoFewBalancedPiecesAtSentenceEnds()
    {
        var paragraph = string.Join(' ', Enumerable.Range(1, 9).Select(Sentence)); // ~790 characters

        var passages = ArticleReader.Read("a.txt", "Title\n\n" + paragraph).Passages;

        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.InRange(p.Text.Length, 300, 600));
        Assert.Equal(paragraph, passages[0].Text + " " + passages[1].Text);
        Assert.All(passages, p => Assert.EndsWith("in detail.", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SingleSentenceOver600_StaysWhole()
    {
        var sentence = "This sentence " + string.Join(", ", Enumerable.Repeat("and it goes on", 60)) + ".";

        var passage = Assert.Single(ArticleReader.Read("a.txt", "Title\n\n" + sentence).Passages);

        Assert.True(passage.Text.Length > 600);
        Assert.Equal(sentence, passage.Text);
    }

    [Fact]
    public void Read_LongSentenceAmongShortOnes_GetsItsOwnPiece()
    {
        var longSentence = "A long one " + string.Join(", ", Enumerable.Repeat("with many clauses", 40)) + ".";
        var paragraph = $"{Sentence(1)} {longSentence} {Sentence(2)}";

        var passages = ArticleReader.Read("a.txt", "Title\n\n" + paragraph).Passages;

        Assert.Equal([Sentence(1), longSentence, Sentence(2)], passages.Select(p => p.Text));
    }

    [Fact]
    public void Read_SplitPassages_HaveSourceRangesInOrder()
    {
        var paragraph = string.Join(' ', Enumerable.Range(1, 20).Select(Sentence));
        var text = "Title\n\n" + paragraph;

        var passages = ArticleReader.Read("a.txt", text).Passages;

        Assert.True(passages.Count >= 3);
        Assert.All(passages, p => Assert.Equal(p.Text, text.Substring(p.Start, p.Length)));
        Assert.All(passages.Zip(passages.Skip(1)), pair => Assert.True(pair.First.Start + pair.First.Length < pair.Second.Start));
    }

    [Fact]
    public void Read_LongBulletList_SplitsBetweenItems()
    {
        var items = Enumerable.Range(1, 12).Select(i => "• " + Sentence(i)).ToList();

        var passages = ArticleReader.Read("a.txt", "Title\n\n" + string.Join('\n', items)).Passages;

        Assert.True(passages.Count >= 2);
        Assert.Equal(items, passages.SelectMany(p => p.Text.Split('\n')));
    }
}
