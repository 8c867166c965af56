namespace PartnerBot.Search.Tests;

public sealed class SqliteSearchOptionsTests
{
    [Fact]
    public void Constructor_InvalidWeight_ThrowsNamingTheSetting()
    {
        var options = SqliteSearchOptions.Default with { TitleWeight = double.NaN };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SqlitePassageIndexFactory(options: options));

        Assert.Equal(nameof(SqliteSearchOptions.TitleWeight), error.ParamName);
    }

    [Fact]
    public void Constructor_ZeroCommonFraction_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SqlitePassageIndexFactory(options: SqliteSearchOptions.Default with { CommonTermFraction = 0 }));
    }

    [Fact]
    public void Search_TitleWeightZero_TitleWordsNoLongerScore()
    {
        // "expands" occurs only in a title; with the title column weighted 0 its matches score 0.
        var options = SqliteSearchOptions.Default with { TitleWeight = 0 };
        using var index = new SqlitePassageIndexFactory(options: options).Open(TestCorpus.Partnerships(), ":memory:");

        Assert.All(index.SearchWords("expands"), h => Assert.Equal(0, h.Score));
        Assert.True(index.SearchWords("valued")[0].Score > 0);
    }
}
