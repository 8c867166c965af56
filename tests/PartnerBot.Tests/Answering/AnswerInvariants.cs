using PartnerBot.Core.Answering;

namespace PartnerBot.Tests.Answering;

/// <summary>What must hold for every answer, whatever the question.</summary>
internal static class AnswerInvariants
{
    public static void Check(Answer answer)
    {
        Assert.NotNull(answer.Text);
        Assert.True(answer.Text.Length <= 400, $"answer has {answer.Text.Length} characters");
        Assert.True(answer.Citations.Count <= 3, $"{answer.Citations.Count} citations");
        if (answer.Abstained)
        {
            Assert.Empty(answer.Citations);
            Assert.Empty(answer.MoreCitations);
        }
        else
        {
            Assert.NotEmpty(answer.Citations);
            Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        }
        foreach (var c in answer.Citations.Concat(answer.MoreCitations))
        {
            Assert.True(c.Snippet.Length <= 300, $"snippet has {c.Snippet.Length} characters");
            foreach (var h in c.Highlights)
            {
                Assert.True(h.Start >= 0 && h.Length > 0 && h.Start + h.Length <= c.Snippet.Length,
                    $"highlight {h} outside snippet of {c.Snippet.Length} characters");
            }
        }
    }
}
