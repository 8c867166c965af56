using System.Text.Json;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rendering;
using PartnerBot.Discord.Tests.Support;
using PartnerBot.TestSupport;

namespace PartnerBot.Discord.Tests;

public sealed class ReplyRendererTests
{
    [Fact]
    public void Render_TypicalAnswer_MatchesApprovedSnapshot()
    {
        var reply = FakeBot.Default(new BotRequest(BotCommand.Ask, "Who signed?", new BotUser("discord", "1"), new BotLocation("discord", "2"))) with
        {
            Title = "Leeds & Wuhan",
            Corrected = "Showing results for \"Wuhan\"",
        };

        var json = JsonSerializer.Serialize(ReplyRenderer.Render(reply, forInteraction: true), DiscordJsonContext.Default.JsonMessageCreate);

        var pretty = JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var approvedPath = Path.Combine(RepoPaths.Root, "tests", "PartnerBot.Discord.Tests", "Snapshots", "ReplyRenderer.answer.approved.json");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n").TrimEnd() : null;
        if (approved != pretty)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".json", pretty + "\n");
            Assert.Fail($"Embed JSON differs from {approvedPath}; compare with the .received.json next to it and approve it if the change is intended.");
        }
    }

    [Fact]
    public void Render_OversizedAnswer_StaysWithinEveryDiscordLimit()
    {
        var snippet = string.Concat(Enumerable.Repeat("Leeds *and* Wuhan_partnership ", 60));
        var citations = Enumerable.Range(1, 40)
            .Select(i => new Citation(new string('T', 400), new DateOnly(2020, 3, 11), new string('S', 300), "f.md", null, snippet,
                [new Highlight(6, 5), new Highlight(1000, 7)], 1, i))
            .ToList();
        var reply = new BotReply("id", ReplyKind.Answer, new string('#', 500), string.Concat(Enumerable.Repeat("@everyone **bold** ", 600)),
            citations, [], [], "corrected");

        var message = ReplyRenderer.Render(reply, forInteraction: true);

        var embed = Assert.Single(message.Embeds!);
        Assert.True(embed.Title!.Length <= 256);
        Assert.True(embed.Description!.Length <= 4096);
        Assert.True(embed.Fields!.Count <= 25);
        Assert.All(embed.Fields, f => Assert.True(f.Name.Length <= 256 && f.Value.Length <= 1024));
        var total = embed.Title.Length + embed.Description.Length + (embed.Footer?.Text.Length ?? 0) + embed.Fields.Sum(f => f.Name.Length + f.Value.Length);
        Assert.True(total <= 6000, $"total {total}");
        Assert.Contains("…", embed.Description);
        Assert.EndsWith("…", embed.Fields[0].Value);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.All(embed.Fields, f => Assert.Equal(0, CountUnescaped(f.Value, "**") % 2));
    }

    [Fact]
    public void Fit_MarkdownInText_EscapedAndHighlightBold()
    {
        var text = MarkdownText.Fit("A *big* deal_with `code` and > quote", [new Highlight(3, 3)], 200);

        Assert.Equal(@"A \***big**\* deal\_with \`code\` and \> quote", text);
    }

    [Fact]
    public void Fit_TooLong_CutsAtWordWithEllipsis()
    {
        var text = MarkdownText.Fit("alpha beta gamma delta", 15);

        Assert.Equal("alpha beta…", text);
    }

    [Fact]
    public void Notice_LongText_CappedAt2000()
    {
        var message = ReplyRenderer.Notice(new string('x', 5000), ephemeral: true);

        Assert.True(message.Content!.Length <= 2000);
        Assert.Equal(64, message.Flags);
    }

    [Fact]
    public void Render_Buttons_CustomIdsWithinLimitAndRoundTrip()
    {
        var reply = FakeBot.Default(new BotRequest(BotCommand.Ask, "q", new BotUser("discord", "1"), new BotLocation("discord", "2"))) with
        {
            Buttons = [new ReplyButton("More sources", ButtonAction.MoreSources, "abc"), new ReplyButton("x", ButtonAction.FeedbackUp, new string('z', 200))],
        };

        var row = Assert.Single(ReplyRenderer.Render(reply, false).Components!);
        var button = Assert.Single(row.Components!);
        Assert.Equal("pb:more:abc", button.CustomId);
        Assert.True(CustomIds.TryParse(button.CustomId, out var command, out var id));
        Assert.Equal((BotCommand.MoreSources, "abc"), (command, id));
    }

    private static int CountUnescaped(string text, string marker)
    {
        var count = 0;
        for (var i = 0; i + marker.Length <= text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (string.CompareOrdinal(text, i, marker, 0, marker.Length) == 0) { count++; i += marker.Length - 1; }
        }
        return count;
    }
}
