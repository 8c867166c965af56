using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Answering;

public sealed class TermStatisticsTests
{
    private static TermStatistics Statistics(params string[] passages)
    {
        var article = new Article("a", "T", null, null, null, "a.txt");
        var corpus = new Corpus([article], passages.Select((p, i) => new Passage(i, article, i, null, p, 0, p.Length)).ToList(), [], "h");
        return new TermStatistics(new FakePassageIndex(corpus));
    }

    [Fact]
    public void StemFrequency_InflectedForms_CountedTogetherButCappedAtPassageCount()
    {
        var stats = Statistics("Leeds employs people.", "The employer employs staff.", "Nothing.");
        Assert.Equal(3, stats.PassageCount);
        Assert.Equal(2, stats.StemFrequency(PorterStemmer.Stem("employs")));
        Assert.True(stats.HasStem(PorterStemmer.Stem("employ")));
        Assert.False(stats.HasStem("zzyzx"));
        Assert.Equal(0, stats.StemFrequency("zzyzx"));
    }

    [Fact]
    public void Idf_RarerIsHigherAndAlwaysPositive()
    {
        var stats = Statistics("a b", "c d", "e f", "g h");
        Assert.True(stats.Idf(0) > stats.Idf(1));
        Assert.True(stats.Idf(1) > stats.Idf(4));
        Assert.True(stats.Idf(4) > 0);
        Assert.Equal(stats.Idf(0), stats.MaxIdf);
    }

    [Fact]
    public void Constructor_EmptyIndex_PassageCountAtLeastOne()
    {
        var stats = Statistics();
        Assert.Equal(1, stats.PassageCount);
        Assert.True(stats.MaxIdf > 0);
    }
}
