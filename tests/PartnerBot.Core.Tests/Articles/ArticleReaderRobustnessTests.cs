using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Tests.Articles;

public sealed class ArticleReaderRobustnessTests
{
    private static readonly string[] s_pieces =
    [
        "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u00A0", "\uFEFF", "---", "#", "## ", "```", "• ", "- ", "* ", "1. ",
        "Title", "Leeds", "HONG KONG, ", "April 22, 2025 — ", "11 March 2020", "2020-13-45", "Mr.", "U.S.", "3.4",
        ".", "!", "?", "…", "“", "”", "’", ":", "title: x", "[link](u)", "![i](p)", "broken image", "Leave a Reply",
        "\0", "\uD800", "\uDC00", "日本語", "a", "The council met. ", "x", new string('y', 700),
    ];

    [Fact]
    public void Read_RandomTexts_NeverThrowAndPassagesPointIntoTheText()
    {
        var random = new Random(12345);
        for (var n = 0; n < 3000; n++)
        {
            var count = random.Next(0, 40);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => s_pieces[random.Next(s_pieces.Length)]));
            var file = random.Next(2) == 0 ? "r.txt" : "r.md";

            var parsed = ArticleReader.Read(file, text, firstPassageId: 7);

            Assert.False(string.IsNullOrWhiteSpace(parsed.Article.Title));
            for (var i = 0; i < parsed.Passages.Count; i++)
            {
                var passage = parsed.Passages[i];
                Assert.Equal(7 + i, passage.Id);
                Assert.Equal(i, passage.Position);
                Assert.False(string.IsNullOrWhiteSpace(passage.Text));
                Assert.InRange(passage.Start, 0, text.Length - 1);
                Assert.InRange(passage.Start + passage.Length, passage.Start + 1, text.Length);
            }
        }
    }

    [Fact]
    public void Split_RandomTexts_SentencesAreOrderedTrimmedAndInside()
    {
        var random = new Random(54321);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => s_pieces[random.Next(s_pieces.Length)]));

            var spans = SentenceSplitter.Split(text);

            var previousEnd = 0;
            foreach (var span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.Length > 0 && span.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
                previousEnd = span.End;
            }
        }
    }
}
