using PartnerBot.Core.Search;

namespace PartnerBot.Search.Tests;

public sealed class SqlitePassageIndexVocabularyTests : IDisposable
{
    private readonly IPassageIndex _index = new SqlitePassageIndexFactory().Open(TestCorpus.Partnerships(), ":memory:");

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Vocabulary_CountsPassagesNotOccurrences()
    {
        // "partnership": passages 6 and 7. "leeds": text of 0 and 6, and the titles of both articles that
        // name Leeds (passages 0, 1, 2 and 6, 7, 8) — six passages, however often it occurs in each.
        Assert.Equal(2, _index.Vocabulary["partnership"]);
        Assert.Equal(6, _index.Vocabulary["leeds"]);
    }

    [Fact]
    public void Vocabulary_HoldsSurfaceFormsFoldedNotStems()
    {
        Assert.True(_index.Vocabulary.ContainsKey("employs"));
        Assert.False(_index.Vocabulary.ContainsKey("emploi"));
        Assert.True(_index.Vocabulary.ContainsKey("brulee"));
        Assert.False(_index.Vocabulary.ContainsKey("Brûlée"));
        Assert.True(_index.Vocabulary.ContainsKey("阿里巴巴"));
    }

    [Fact]
    public void Statistics_DescribeTheBuild()
    {
        var s = _index.Statistics;

        Assert.Equal(3, s.Articles);
        Assert.Equal(9, s.Passages);
        Assert.Equal(_index.Vocabulary.Count, s.Terms);
        Assert.False(s.Reused);
        Assert.Equal(":memory:", s.Location);
    }
}
