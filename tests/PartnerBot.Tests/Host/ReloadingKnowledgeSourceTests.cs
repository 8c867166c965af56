using PartnerBot.Composition;
using PartnerBot.Core;
using PartnerBot.Knowledge;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Host;

public sealed class ReloadingKnowledgeSourceTests
{
    [Fact]
    public void Current_BeforeFirstLoad_ThrowsAndIsNotLoaded()
    {
        using var source = new ReloadingKnowledgeSource(new ManualTimeProvider(), TimeSpan.FromSeconds(30));
        Assert.False(source.IsLoaded);
        Assert.Throws<InvalidOperationException>(() => source.Current);
    }

    [Fact]
    public void Swap_ReplacedSnapshot_StaysUsableUntilGracePeriodEnds()
    {
        var time = new ManualTimeProvider();
        using var source = new ReloadingKnowledgeSource(time, TimeSpan.FromSeconds(30));
        var first = Load();
        var second = Load();
        source.Swap(first);
        source.Swap(second);

        Assert.Same(second, source.Current);
        Assert.False(first.Answers.Ask("How many brands does Haier have?").Abstained);
        Assert.Equal(1, source.Retiring);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(1, source.Retiring);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, source.Retiring);
        Assert.False(second.Answers.Ask("How many brands does Haier have?").Abstained);
        Assert.Equal(1, source.State.Reloads);
    }

    [Fact]
    public void Failed_AfterLoad_KeepsSnapshotAndRecordsError()
    {
        using var source = new ReloadingKnowledgeSource(new ManualTimeProvider(), TimeSpan.FromSeconds(30));
        var first = Load();
        source.Swap(first);
        source.Failed("companies.json: bad JSON");
        Assert.Same(first, source.Current);
        Assert.Equal("companies.json: bad JSON", source.State.LastError);
        Assert.True(source.State.Loaded);
    }

    private static KnowledgeBase Load() =>
        KnowledgeLoader.Load(new KnowledgeSettings(RepoPaths.Seeds, ":memory:", RepoPaths.Config), logger: null);
}
