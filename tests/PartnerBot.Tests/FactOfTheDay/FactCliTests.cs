using System.CommandLine;
using System.Text.Json.Nodes;
using PartnerBot.Cli;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

[Collection(ConsoleCollection.Name)]
public sealed class FactCliTests
{
    [Fact]
    public async Task Fact_DateJson_ShapeAndDeterministic()
    {
        var (exit, output, _) = await RunAsync("fact", "--date", "2026-03-29", "--json");
        var (_, again, _) = await RunAsync("fact", "--date", "2026-03-29", "--json");
        var (_, other, _) = await RunAsync("fact", "--date", "2026-03-30", "--json");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["date", "text", "title", "date_published", "source"], json.Select(p => p.Key).ToArray());
        Assert.Equal("2026-03-29", json["date"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(json["text"]!.GetValue<string>()));
        Assert.Equal(output, again);
        Assert.NotEqual(json["text"]!.GetValue<string>(), JsonNode.Parse(other)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Facts_Json_EveryCandidateWithCitation()
    {
        var (exit, output, _) = await RunAsync("facts", "--json");
        var (_, fact, _) = await RunAsync("fact", "--date", "2026-06-01", "--json");

        Assert.Equal(0, exit);
        var facts = JsonNode.Parse(output)!.AsArray();
        Assert.True(facts.Count > 5, $"{facts.Count} facts");
        Assert.All(facts, f => Assert.Equal(["text", "title", "date_published", "source"], f!.AsObject().Select(p => p.Key).ToArray()));
        Assert.Contains(facts, f => f!["text"]!.GetValue<string>() == JsonNode.Parse(fact)!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("29/03/2026")]
    [InlineData("2026-02-30")]
    public async Task Fact_BadDate_OneErrorLineNonZero(string date)
    {
        var (exit, output, error) = await RunAsync("fact", "--date", date);

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("YYYY-MM-DD", line, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Options.Add(CliOptions.Corpus);
        root.Options.Add(CliOptions.Data);
        root.Subcommands.Add(FactCommand.Create());
        root.Subcommands.Add(FactsCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await root.Parse([.. args, "--corpus", RepoPaths.Seeds, "--data", ":memory:"]).InvokeAsync();
            return (exit, output.ToString().Trim(), error.ToString().Trim());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
