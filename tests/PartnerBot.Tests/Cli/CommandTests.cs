using System.Text.Json;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class CommandTests
{
    private static readonly string[] s_seeds = ["--corpus", RepoPaths.Seeds, "--data", ":memory:"];

    [Fact]
    public async Task CompanyJson_Geely_FoundWithArticlesAndPassages()
    {
        var (exit, output, _) = await CliRun.InvokeAsync(null, ["company", "Geely", "--json", .. s_seeds]);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(Assert.Single(CliRun.Lines(output)));
        var root = doc.RootElement;
        Assert.Equal(["query", "found", "name", "description", "aliases", "articles"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("found").GetBoolean());
        Assert.Equal("Geely", root.GetProperty("name").GetString());
        Assert.Contains("吉利", root.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, a =>
        {
            Assert.NotEmpty(a.GetProperty("passages").EnumerateArray());
            Assert.All(a.GetProperty("passages").EnumerateArray(), p => Assert.InRange(p.GetProperty("snippet").GetString()!.Length, 1, 300));
        });
    }

    [Fact]
    public async Task Company_ChineseAlias_SameCompany()
    {
        var (exit, output, _) = await CliRun.InvokeAsync(null, ["company", "吉利", .. s_seeds]);
        Assert.Equal(0, exit);
        Assert.StartsWith("Geely", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Company_Nonexistent_NonZeroExitWithClosestNames()
    {
        var (exit, output, _) = await CliRun.InvokeAsync(null, ["company", "Nonexistent", .. s_seeds]);
        Assert.NotEqual(0, exit);
        Assert.Contains("No company called “Nonexistent”", output, StringComparison.Ordinal);
        Assert.Contains("Closest known names: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyJson_Misspelt_NotFoundWithClosest()
    {
        var (exit, output, _) = await CliRun.InvokeAsync(null, ["company", "Hisens", "--json", .. s_seeds]);
        Assert.NotEqual(0, exit);
        using var doc = JsonDocument.Parse(Assert.Single(CliRun.Lines(output)));
        Assert.False(doc.RootElement.GetProperty("found").GetBoolean());
        Assert.Contains("Hisense", doc.RootElement.GetProperty("closest").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Sources_ListsEveryArticleWithDateAndPassages()
    {
        var (exit, output, _) = await CliRun.InvokeAsync(null, ["sources", .. s_seeds]);
        Assert.Equal(0, exit);
        var lines = CliRun.Lines(output);
        var seeds = Directory.GetFiles(RepoPaths.Seeds).Select(Path.GetFileName).ToList();
        Assert.Equal(seeds.Count + 1, lines.Length);
        foreach (var seed in seeds) Assert.Single(lines, l => l.Contains(seed!, StringComparison.Ordinal));
        Assert.All(lines[..^1], l => Assert.Matches(@"^(\d{4}-\d{2}-\d{2}|undated)\s+\d+ passages  ", l));
        Assert.Matches($@"^{seeds.Count} articles, \d+ passages\.$", lines[^1]);
    }

    [Fact]
    public async Task SourcesJson_OneArrayEntryPerArticle()
    {
        var (exit, output, _) = await CliRun.InvokeAsync(null, ["sources", "--json", .. s_seeds]);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(Assert.Single(CliRun.Lines(output)));
        var entries = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(RepoPaths.Seeds).Length, entries.Count);
        Assert.All(entries, e => Assert.True(e.GetProperty("passages").GetInt32() > 0));
    }

    [Fact]
    public async Task Index_CorpusWithEmptyAndBinaryFiles_PrintsStatisticsAndSkippedFiles()
    {
        using var corpus = new TempFolder().WithSeeds();
        corpus.Write("empty.txt", string.Empty);
        corpus.Write("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x7F, 0x80, 0x00, 0x00, 0x10, 0x9B]);
        using var data = new TempFolder();
        var (exit, output, error) = await CliRun.InvokeAsync(null, "index", "--corpus", corpus.Path, "--data", data.Path);
        Assert.True(exit == 0, error);
        var lines = CliRun.Lines(output);
        Assert.Matches(@"^Indexed 5 articles, \d+ passages, \d+ terms in [\d.]+ s", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Facts: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("skipped empty.txt: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("skipped binary.txt: ", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(data.Path, "index.db")));
    }

    [Theory]
    [InlineData("ask", "Who founded DeepSeek?")]
    [InlineData("company", "Geely")]
    [InlineData("sources", null)]
    [InlineData("index", null)]
    public async Task AnyCommand_MissingCorpusFolder_OneErrorLineNoStackTrace(string command, string? argument)
    {
        var missing = Path.Combine(Path.GetTempPath(), "partnerbot-missing-" + Guid.NewGuid().ToString("N"));
        string[] args = argument is null ? [command] : [command, argument];
        var (exit, output, error) = await CliRun.InvokeAsync(null, [.. args, "--corpus", missing, "--data", ":memory:"]);
        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(CliRun.Lines(error));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchJson_SeedCorpus_OneObjectWithTheContractFields()
    {
        using var corpus = new TempFolder().WithSeeds();
        using var queries = new TempFolder();
        var file = queries.Write("queries.txt", string.Join('\n',
            "Who founded DeepSeek?",
            "",
            """{"id":"a","q":"How many brands does Haier have?"}""",
            "hisense employees",
            """{"q":"What is the weather in Hangzhou tomorrow?"}"""));
        var (exit, output, error) = await CliRun.InvokeAsync(null, "bench", "--corpus", corpus.Path, "--queries", file, "--warmup", "2", "--warmup-seconds", "0", "--json");
        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(Assert.Single(CliRun.Lines(output)));
        var root = doc.RootElement;
        Assert.Equal(["passages", "index_seconds", "index_passages_per_s", "queries", "p50_ms", "p99_ms", "peak_memory_mb", "warmup_passes", "warmup_seconds"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("queries").GetInt32());
        Assert.Equal(1, root.GetProperty("warmup_passes").GetInt32()); // --warmup-seconds 0: one pass, no waiting for the JIT
        Assert.True(root.GetProperty("passages").GetInt32() > 0);
        Assert.All(root.EnumerateObject(), p => Assert.True(p.Value.GetDouble() >= 0, p.Name));
        Assert.True(root.GetProperty("p99_ms").GetDouble() >= root.GetProperty("p50_ms").GetDouble());
    }

    [Fact]
    public async Task Bench_MissingQueryFile_OneErrorLine()
    {
        using var corpus = new TempFolder().WithSeeds();
        var (exit, _, error) = await CliRun.InvokeAsync(null, "bench", "--corpus", corpus.Path, "--queries", Path.Combine(corpus.Path, "nope.txt"));
        Assert.NotEqual(0, exit);
        Assert.StartsWith("error: ", Assert.Single(CliRun.Lines(error)), StringComparison.Ordinal);
    }
}
