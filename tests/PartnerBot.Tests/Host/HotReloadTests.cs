using System.Net;
using System.Text.Json;
using PartnerBot.Knowledge;

namespace PartnerBot.Tests.Host;

public sealed class HotReloadTests
{
    private const string NewArticle = """
        Zorblax Robotics opens Wakefield engineering centre

        The Shenzhen robotics firm Zorblax Robotics has opened an engineering centre in Wakefield.

        3 June 2024

        Zorblax Robotics said the Wakefield engineering centre will employ 140 engineers by the end of next year. The firm chose Wakefield for its manufacturing skills and its links with the University of Leeds.

        The centre will build warehouse robots for customers across Europe.
        """;

    private const string Question = "How many engineers will the Zorblax Robotics centre in Wakefield employ?";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reload_NewArticleInCorpus_IsAnsweredAfterTheSwap(bool fileIndex)
    {
        using var folders = new TempFolders();
        await using var service = await StartWatching(folders, fileIndex ? Path.Combine(folders.Root, "data") : ":memory:");
        Assert.DoesNotContain("Zorblax", await AskAsync(service), StringComparison.Ordinal);

        var reloaded = NextState(service.Knowledge, s => s.Reloads >= 1);
        await File.WriteAllTextAsync(Path.Combine(folders.Corpus, "900_zorblax.txt"), NewArticle);
        var state = await reloaded.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(6, state.Index!.Articles);
        var answer = await AskAsync(service);
        Assert.Contains("140 engineers", answer, StringComparison.Ordinal);
        Assert.Contains("Zorblax Robotics opens Wakefield engineering centre", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_BrokenConfigFile_KeepsOldIndexAndReportsError()
    {
        using var folders = new TempFolders();
        await using var service = await StartWatching(folders);
        var before = service.Knowledge.Current;

        var failed = NextState(service.Knowledge, s => s.LastError is not null);
        await File.WriteAllTextAsync(Path.Combine(folders.Config, "companies.json"), "{ \"companies\": [ broken");
        var state = await failed.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Same(before, service.Knowledge.Current);
        Assert.Equal(0, state.Reloads);
        using var ask = await service.AskAsync("How many brands does Haier have?");
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        var admin = JsonDocument.Parse(await service.Client.GetStringAsync("/api/admin")).RootElement.GetProperty("index");
        Assert.False(string.IsNullOrEmpty(admin.GetProperty("lastError").GetString()));
        Assert.True(admin.GetProperty("loaded").GetBoolean());
    }

    [Fact]
    public async Task Reload_UnreadableCorpusFile_IsReportedAsSkipped()
    {
        using var folders = new TempFolders();
        await using var service = await StartWatching(folders);

        var reloaded = NextState(service.Knowledge, s => s.Reloads >= 1);
        await File.WriteAllBytesAsync(Path.Combine(folders.Corpus, "empty.txt"), []);
        await reloaded.WaitAsync(TimeSpan.FromSeconds(60));

        var skipped = JsonDocument.Parse(await service.Client.GetStringAsync("/api/admin")).RootElement.GetProperty("index").GetProperty("skipped");
        Assert.Contains(skipped.EnumerateArray(), s => s.GetProperty("file").GetString()!.Contains("empty.txt", StringComparison.Ordinal));
    }

    private static Task<TestService> StartWatching(TempFolders folders, string data = ":memory:") => TestService.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:DataFolder"] = data,
        ["Knowledge:CorpusFolder"] = folders.Corpus,
        ["Knowledge:ConfigFolder"] = folders.Config,
        ["Knowledge:Watch"] = "true",
        ["Knowledge:ReloadDebounceMilliseconds"] = "200",
    });

    private static async Task<string> AskAsync(TestService service)
    {
        using var response = await service.AskAsync(Question);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<KnowledgeState> NextState(ReloadingKnowledgeSource source, Func<KnowledgeState, bool> predicate)
    {
        var done = new TaskCompletionSource<KnowledgeState>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Changed += state =>
        {
            if (predicate(state)) done.TrySetResult(state);
        };
        return done.Task;
    }
}
