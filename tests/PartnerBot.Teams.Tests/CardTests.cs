using System.Text;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.Teams.Cards;

namespace PartnerBot.Teams.Tests;

public sealed class CardTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a *b* _c_ [d](e)", "a \\*b\\* \\_c\\_ \\[d\\]\\(e\\)")]
    [InlineData("<at>x</at>", "\\<at\\>x\\</at\\>")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("line\n+ next", "line\n\\+ next")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("# heading", "\\# heading")]
    public void Escape_MarkdownCharacters_Escaped(string text, string expected)
    {
        Assert.Equal(expected, TeamsMarkdown.Escape(text));
    }

    [Fact]
    public void Highlight_OverlappingAndOutOfRange_MergedAndClamped()
    {
        var text = "Leeds and *Wuhan* signed";
        var highlights = new[] { new Highlight(0, 5), new Highlight(3, 2), new Highlight(10, 7), new Highlight(100, 3), new Highlight(17, 5) };

        var result = TeamsMarkdown.Highlight(text, highlights);

        Assert.Equal("**Leeds** and **\\*Wuhan\\*** **sign**ed", result);
    }

    [Fact]
    public void Build_HugeReply_ShrunkUnderBudgetKeepingFirstCitation()
    {
        var snippet = string.Concat(Enumerable.Repeat("Leeds and Wuhan partnership ", 40));
        var citations = Enumerable.Range(1, 40)
            .Select(i => new Citation($"Article {i}", new DateOnly(2020, 1, 1), "Section", "a.md", $"https://example.org/{i}", snippet, [], 1, i))
            .ToList();
        var reply = new BotReply("r", ReplyKind.Answer, "Title", new string('a', 20_000), citations, [], []);

        var card = ReplyCardBuilder.Build(reply, 12_000);

        var json = card.ToJsonString();
        Assert.True(Encoding.UTF8.GetByteCount(json) <= 12_000, $"card is {json.Length} bytes");
        Assert.Contains("Article 1", json);
        Assert.DoesNotContain("Article 40", json);
        Assert.Contains("\\u2026", json); // "…", escaped by the serializer
    }

    [Fact]
    public void Build_NonWebUrls_NoOpenUrlActions()
    {
        var citation = new Citation("T", null, null, "file.md", "javascript:alert(1)", "s", [], 1, 1);
        var reply = new BotReply("r", ReplyKind.Answer, null, "x", [citation], [], [new ReplyButton("Open", ButtonAction.OpenUrl, "file:///etc/passwd")]);

        var json = ReplyCardBuilder.Build(reply, 20_000).ToJsonString();

        Assert.DoesNotContain("Action.OpenUrl", json);
    }

    [Fact]
    public void Build_NotInteractive_NoSubmitButKeepsOpenUrl()
    {
        var reply = FakeBot.SampleAnswer();

        var json = ReplyCardBuilder.Build(reply, 20_000, interactive: false).ToJsonString();

        Assert.DoesNotContain("Action.Submit", json);
        Assert.Contains("Action.OpenUrl", json);
    }
}
