using System.Text.Json;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class AskCommandTests
{
    private static readonly string[] s_seeds = ["--corpus", RepoPaths.Seeds, "--data", ":memory:"];
    private static readonly string[] s_answerFields = ["question", "answer", "abstained", "corrected", "citations"];
    private static readonly string[] s_citationFields = ["title", "date", "section", "source", "snippet", "score"];

    private static Task<(int Exit, string Out, string Error)> Ask(string? input, params string[] args) =>
        CliRun.InvokeAsync(input, ["ask", .. args, .. s_seeds]);

    [Fact]
    public async Task Ask_Question_PrintsAnswerThenNumberedCitations()
    {
        var (exit, output, error) = await Ask(null, "Who founded DeepSeek?");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var answer = lines.FindIndex(l => l.Contains("Liang Wenfeng", StringComparison.Ordinal));
        var first = lines.FindIndex(l => l.StartsWith("[1] ", StringComparison.Ordinal));
        Assert.True(answer >= 0, output);
        Assert.True(first > answer, output);
        // Citations are numbered 1, 2, … without gaps, each with a source line.
        var numbers = lines.Where(l => l.StartsWith('[')).Select(l => int.Parse(l[1..l.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.InRange(numbers.Count, 1, 3);
        Assert.Equal(numbers.Count, lines.Count(l => l.TrimStart().StartsWith("source: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ask_Question_CitationSnippetsMarkMatchedWords()
    {
        var (_, output, _) = await Ask(null, "How many brands does Haier have?");
        Assert.Contains("«Haier»", output, StringComparison.Ordinal);
        Assert.Contains("«brands»", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Typo_PrintsShowingResultsFor()
    {
        var (exit, output, _) = await Ask(null, "How many brands does Haeir have?");
        Assert.Equal(0, exit);
        Assert.StartsWith("(showing results for “How many brands does Haier have?”)", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ask_NotCovered_PrintsSuggestionsAndNoCitations()
    {
        var (exit, output, _) = await Ask(null, "What is the weather in Hangzhou tomorrow?");
        Assert.Equal(0, exit);
        Assert.Contains("The articles cover, for example:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_Question_OneObjectWithExactlyTheContractFields()
    {
        var (exit, output, _) = await Ask(null, "--json", "How many brands does Haier have?");
        Assert.Equal(0, exit);
        var line = Assert.Single(CliRun.Lines(output));
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal(s_answerFields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("How many brands does Haier have?", root.GetProperty("question").GetString());
        Assert.Contains("seven brands", root.GetProperty("answer").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(root.GetProperty("abstained").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("corrected").ValueKind);
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.InRange(citations.Count, 1, 3);
        foreach (var c in citations)
        {
            Assert.Equal(s_citationFields, c.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, c.GetProperty("title").ValueKind);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", c.GetProperty("date").GetString() ?? "0000-00-00");
            Assert.InRange(c.GetProperty("snippet").GetString()!.Length, 1, 300);
            Assert.Equal(JsonValueKind.Number, c.GetProperty("score").ValueKind);
        }
    }

    [Fact]
    public async Task AskJson_NotCovered_AbstainedWithEmptyCitations()
    {
        var (_, output, _) = await Ask(null, "--json", "What is the weather in Hangzhou tomorrow?");
        using var doc = JsonDocument.Parse(Assert.Single(CliRun.Lines(output)));
        Assert.True(doc.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal(0, doc.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task AskJson_Typo_CorrectedField()
    {
        var (_, output, _) = await Ask(null, "--json", "How many brands does Haeir have?");
        using var doc = JsonDocument.Parse(Assert.Single(CliRun.Lines(output)));
        Assert.Contains("Haier", doc.RootElement.GetProperty("corrected").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AskJson_Stdin_OneLineOutPerLineIn()
    {
        var input = string.Join('\n',
            "Who founded DeepSeek?",
            "",
            "   ",
            """{"id":"x1","q":"How many brands does Haier have?"}""",
            "{not json",
            """{"id":7,"q":"hisense employees"}""",
            """{"id":"n"}""",
            """  {"q":"What is the weather in Hangzhou tomorrow?"}  """,
            "海信 employees");
        var (exit, output, _) = await Ask(input, "--json");
        Assert.Equal(0, exit);
        var lines = CliRun.Lines(output);
        Assert.Equal(7, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l)).ToList();
        try
        {
            var r = docs.Select(d => d.RootElement).ToList();
            Assert.Equal("Who founded DeepSeek?", r[0].GetProperty("question").GetString());
            Assert.False(r[0].TryGetProperty("id", out _));
            Assert.Equal("x1", r[1].GetProperty("id").GetString());
            Assert.Equal("How many brands does Haier have?", r[1].GetProperty("question").GetString());
            Assert.Equal(["id", .. s_answerFields], r[1].EnumerateObject().Select(p => p.Name));
            Assert.True(r[2].TryGetProperty("error", out _));
            Assert.False(r[2].TryGetProperty("answer", out _));
            Assert.Equal("7", r[3].GetProperty("id").GetString());
            Assert.Equal("n", r[4].GetProperty("id").GetString());
            Assert.True(r[4].TryGetProperty("error", out _));
            Assert.True(r[5].GetProperty("abstained").GetBoolean());
            Assert.False(r[6].GetProperty("abstained").GetBoolean());
        }
        finally
        {
            docs.ForEach(d => d.Dispose());
        }
    }

    [Fact]
    public async Task AskJson_StdinOddJsonLines_ErrorObjectsOrAnswersAndProcessingContinues()
    {
        var input = string.Join('\n',
            """{"id":[1,2],"q":"How many brands does Haier have?"}""",
            """{"q":null}""",
            """{"id":"e","q":""}""",
            "[1,2]",
            "Who founded DeepSeek?");
        var (exit, output, _) = await Ask(input, "--json");
        Assert.Equal(0, exit);
        var lines = CliRun.Lines(output);
        Assert.Equal(5, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("[1,2]", first.RootElement.GetProperty("id").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.True(second.RootElement.TryGetProperty("error", out _));
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("e", third.RootElement.GetProperty("id").GetString());
        using var last = JsonDocument.Parse(lines[4]);
        Assert.Equal("Who founded DeepSeek?", last.RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task AskJson_StdinLoneSurrogateEscape_ErrorObjectAndProcessingContinues()
    {
        var input = "{\"id\":\"s\",\"q\":\"\\ud800\"}\nWho founded DeepSeek?";
        var (exit, output, error) = await Ask(input, "--json");
        Assert.True(exit == 0, error);
        var lines = CliRun.Lines(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("s", first.RootElement.GetProperty("id").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("Who founded DeepSeek?", second.RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task AskJson_EmptyStdin_NoOutput()
    {
        var (exit, output, _) = await Ask("\n\n", "--json");
        Assert.Equal(0, exit);
        Assert.Empty(CliRun.Lines(output));
    }

    [Fact]
    public async Task Ask_NoQuestionWithoutJson_OneErrorLine()
    {
        var (exit, output, error) = await Ask(null);
        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(CliRun.Lines(error));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }
}
