using PartnerBot.Core.Search;
using PartnerBot.TestSupport;

namespace PartnerBot.Search.Tests;

public sealed class SqlitePassageIndexFileTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private SqlitePassageIndexFactory Factory() => new(timeProvider: _time);

    [Fact]
    public void Open_NoFile_BuildsIndexDbInDataFolder()
    {
        var data = Path.Combine(_folder.Path, "nested", "data");

        using var index = Factory().Open(TestCorpus.Partnerships(), data);

        var file = Path.Combine(data, "index.db");
        Assert.True(File.Exists(file));
        Assert.False(index.Statistics.Reused);
        Assert.Equal(file, index.Statistics.Location);
        Assert.Equal(_time.GetUtcNow(), index.Statistics.BuiltAt);
        Assert.Equal(1, index.SearchWords("valued")[0].PassageId);
        Assert.Empty(Directory.GetFiles(data, "*.tmp"));
    }

    [Fact]
    public void Open_SameHash_ReusesWithoutRebuilding()
    {
        var builtAt = _time.GetUtcNow();
        using (Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path)) { }
        var written = File.GetLastWriteTimeUtc(_folder.File("index.db"));
        _time.Advance(TimeSpan.FromHours(1));

        using var reused = Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path);

        Assert.True(reused.Statistics.Reused);
        Assert.Equal(0, reused.Statistics.BuildSeconds);
        Assert.Equal(builtAt, reused.Statistics.BuiltAt);
        Assert.Equal(written, File.GetLastWriteTimeUtc(_folder.File("index.db")));
        Assert.Equal(9, reused.Statistics.Passages);
        Assert.Equal(reused.Vocabulary.Count, reused.Statistics.Terms);
        Assert.Equal(6, reused.Vocabulary["leeds"]);
        Assert.Equal(1, reused.SearchWords("valued")[0].PassageId);
    }

    [Fact]
    public void Open_HashChanged_Rebuilds()
    {
        using (Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path)) { }
        _time.Advance(TimeSpan.FromHours(1));
        var changed = TestCorpus.Create("h2", ("Solar farm", null, ["A solar farm near Wakefield opened."]));

        using var rebuilt = Factory().Open(changed, _folder.Path);

        Assert.False(rebuilt.Statistics.Reused);
        Assert.Equal(_time.GetUtcNow(), rebuilt.Statistics.BuiltAt);
        Assert.Equal(1, rebuilt.Statistics.Passages);
        Assert.Equal([0], rebuilt.SearchWords("wakefield").Ids());
        Assert.Empty(rebuilt.SearchWords("geely"));
    }

    [Fact]
    public void Open_OldIndexStillOpen_RebuildReplacesFileAndOldKeepsServing()
    {
        using var old = Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path);
        var changed = TestCorpus.Create("h2", ("Solar farm", null, ["A solar farm near Wakefield opened."]));

        using var rebuilt = Factory().Open(changed, _folder.Path);

        Assert.Equal(1, old.SearchWords("valued")[0].PassageId);
        Assert.Equal([0], rebuilt.SearchWords("wakefield").Ids());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void Open_CorruptFile_RebuildsInsteadOfThrowing(string damage)
    {
        using (Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path)) { }
        var bytes = File.ReadAllBytes(_folder.File("index.db"));
        switch (damage)
        {
            case "garbage":
                File.WriteAllBytes(_folder.File("index.db"), Enumerable.Range(0, 8192).Select(i => (byte)(i * 31)).ToArray());
                break;
            case "truncated":
                File.WriteAllBytes(_folder.File("index.db"), bytes[..(bytes.Length / 2)]);
                break;
            default:
                File.WriteAllBytes(_folder.File("index.db"), []);
                break;
        }

        using var index = Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path);

        Assert.False(index.Statistics.Reused);
        Assert.Equal(1, index.SearchWords("valued")[0].PassageId);
    }

    [Fact]
    public void Open_CancelledDuringBuild_LeavesOldIndexInPlace()
    {
        using (Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path)) { }
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Factory().Open(TestCorpus.Partnerships("h2"), _folder.Path, cts.Token));

        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
        using var index = Factory().Open(TestCorpus.Partnerships("h1"), _folder.Path);
        Assert.True(index.Statistics.Reused);
    }

    [Theory]
    [InlineData("with space")]
    [InlineData("odd#name%20?x")]
    [InlineData("données-数据")]
    public void Open_DataFolderWithUnusualCharacters_BuildsAndReuses(string name)
    {
        var data = Path.Combine(_folder.Path, name);
        using (Factory().Open(TestCorpus.Partnerships(), data)) { }

        using var index = Factory().Open(TestCorpus.Partnerships(), data);

        Assert.True(index.Statistics.Reused);
        Assert.Equal(1, index.SearchWords("valued")[0].PassageId);
    }

    [Fact]
    public void Open_EmptyCorpus_BuildsEmptyIndex()
    {
        using var index = Factory().Open(PartnerBot.Core.Articles.Corpus.Empty, _folder.Path);

        Assert.Equal(0, index.Statistics.Passages);
        Assert.Empty(index.Vocabulary);
        Assert.Empty(index.SearchWords("anything"));
    }
}
