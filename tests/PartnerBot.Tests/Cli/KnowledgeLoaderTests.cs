using PartnerBot.Composition;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Cli;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void Load_MissingCorpusFolder_DirectoryNotFoundNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "partnerbot-missing-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DirectoryNotFoundException>(() => KnowledgeLoader.Load(new KnowledgeSettings(missing, ":memory:", RepoPaths.Config), null));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DataFolder_SecondLoadReusesIndexAndDeleteIndexForcesRebuild()
    {
        using var data = new TempFolder();
        var settings = new KnowledgeSettings(RepoPaths.Seeds, data.Path, RepoPaths.Config);
        using (var first = KnowledgeLoader.Load(settings, null))
        {
            Assert.False(first.Index.Statistics.Reused);
        }
        using (var second = KnowledgeLoader.Load(settings, null))
        {
            Assert.True(second.Index.Statistics.Reused);
            Assert.False(second.Answers.Ask("How many brands does Haier have?").Abstained);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        KnowledgeLoader.DeleteIndex(settings);
        Assert.False(File.Exists(Path.Combine(data.Path, "index.db")));
        using var third = KnowledgeLoader.Load(settings, null);
        Assert.False(third.Index.Statistics.Reused);
    }

    [Fact]
    public void Load_ChangedCorpus_Rebuilds()
    {
        using var corpus = new TempFolder().WithSeeds();
        using var data = new TempFolder();
        var settings = new KnowledgeSettings(corpus.Path, data.Path, RepoPaths.Config);
        int before;
        using (var first = KnowledgeLoader.Load(settings, null)) before = first.Corpus.Articles.Count;
        corpus.Write("zz-extra.txt", "Extra article\n\n11 March 2020\n\nThe Zzyzx Trading Company opened an office in Leeds with 40 staff in 2020.\n");
        using var second = KnowledgeLoader.Load(settings, null);
        Assert.False(second.Index.Statistics.Reused);
        Assert.Equal(before + 1, second.Corpus.Articles.Count);
        Assert.Contains(second.Index.Vocabulary.Keys, k => k == "zzyzx");
    }

    [Fact]
    public void EmbeddedSeeds_SameFilesAsTheSeedsFolder()
    {
        var embedded = KnowledgeLoader.EmbeddedSeeds();
        var files = Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.Select(Path.GetFileName), embedded.Select(e => e.Name));
        for (var i = 0; i < files.Count; i++) Assert.Equal(File.ReadAllBytes(files[i]), embedded[i].Bytes);
    }
}
