using PartnerBot.Core.Search;

namespace PartnerBot.Search.Tests;

public sealed class SqlitePassageIndexSearchTests : IDisposable
{
    private readonly IPassageIndex _index = new SqlitePassageIndexFactory().Open(TestCorpus.Partnerships(), ":memory:");

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_WordInOnePassage_ReturnsThatPassageFirst()
    {
        var hits = _index.SearchWords("valued billion");

        Assert.Equal(1, hits[0].PassageId);
        Assert.True(hits[0].Score > 0);
    }

    [Fact]
    public void Search_SeveralHits_OrderedByScoreDescending()
    {
        var hits = _index.SearchWords("partnership leeds research");

        Assert.True(hits.Count >= 2);
        Assert.Equal(6, hits[0].PassageId);
        for (var i = 1; i < hits.Count; i++) Assert.True(hits[i - 1].Score >= hits[i].Score);
    }

    [Theory]
    [InlineData("employed")]
    [InlineData("employing")]
    [InlineData("employ")]
    public void Search_OtherInflection_MatchesThroughPorterStem(string word)
    {
        // The passage says "employs"; Porter stems employs/employed/employing/employ alike.
        Assert.Contains(0, _index.SearchWords(word).Ids());
    }

    [Fact]
    public void Search_Employees_DoesNotReachEmploysByStemmingAlone()
    {
        // Porter stems "employees" to "employe", not "emploi": derived forms are Core's expansion's job.
        Assert.DoesNotContain(0, _index.SearchWords("employees").Ids());
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("creme brulee")]
    [InlineData("CAFÉ")]
    public void Search_DiacriticsAndCase_AreFolded(string text)
    {
        Assert.Equal(4, _index.SearchWords(text)[0].PassageId);
    }

    [Fact]
    public void Search_ChineseName_FindsPassage()
    {
        Assert.Equal([8], _index.SearchWords("海尔").Ids());
    }

    [Fact]
    public void Search_MultiWordTerm_MatchesAsPhrase()
    {
        var phrase = _index.Search(new IndexQuery([new QueryTerm("valued at")]));
        var reversed = _index.Search(new IndexQuery([new QueryTerm("at valued")]));

        Assert.Equal([1], phrase.Ids());
        Assert.Empty(reversed);
    }

    [Fact]
    public void Search_TitleWord_FindsPassagesOfThatArticle()
    {
        var hits = _index.SearchWords("expands");

        Assert.Equal([0, 1, 2], hits.Ids().Order().ToArray());
    }

    [Fact]
    public void Search_Limit_CapsHits()
    {
        Assert.Equal(2, _index.SearchWords("leeds the in", limit: 2).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ***")]
    [InlineData("zzzunknownword")]
    public void Search_NothingToMatch_ReturnsEmpty(string text)
    {
        Assert.Empty(_index.Search(new IndexQuery([new QueryTerm(text)])));
    }

    [Fact]
    public void Search_NoTermsOrZeroLimit_ReturnsEmpty()
    {
        Assert.Empty(_index.Search(new IndexQuery([])));
        Assert.Empty(_index.Search(new IndexQuery([new QueryTerm("leeds")], Limit: 0)));
        Assert.Empty(_index.Search(new IndexQuery([new QueryTerm("leeds", Weight: 0)])));
        Assert.Empty(_index.Search(new IndexQuery([new QueryTerm("leeds", Weight: double.NaN)])));
    }

    [Fact]
    public void Search_ExpansionAlone_RanksBelowUserWordMatchedEquallyWell()
    {
        // "staff" (the user's word) is in passage 3; "engineers" (an expansion) in passage 0. Each passage
        // matches its word once, so the user's own word must win.
        var hits = _index.Search(new IndexQuery([new QueryTerm("staff"), new QueryTerm("engineers", 0.5)]));

        Assert.Equal([3, 0], hits.Ids());
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_ExpansionWeightOne_WouldTieOrWin_ProvingTheWeightMatters()
    {
        var full = _index.Search(new IndexQuery([new QueryTerm("staff"), new QueryTerm("engineers", 1.0)]));
        var half = _index.Search(new IndexQuery([new QueryTerm("staff"), new QueryTerm("engineers", 0.5)]));

        var engineersFull = full.Single(h => h.PassageId == 0).Score;
        var engineersHalf = half.Single(h => h.PassageId == 0).Score;
        Assert.Equal(engineersFull * 0.5, engineersHalf, 6);
    }

    [Fact]
    public void Search_PassageMatchingUserWordAndExpansion_BeatsUserWordAlone()
    {
        var hits = _index.Search(new IndexQuery([new QueryTerm("leeds"), new QueryTerm("engineers", 0.5)]));

        Assert.Equal(0, hits[0].PassageId);
    }

    [Fact]
    public void Search_WordOnceInLongAndShortPassage_ShortRanksFirst()
    {
        // Without length normalisation both would score the same and the lower id (the long one) would come first.
        var longText = string.Concat(Enumerable.Repeat("The council met again to discuss other matters. ", 12)) + "Hydrogen was mentioned.";
        var corpus = TestCorpus.Create("length", ("Transport", null, [longText, "Hydrogen buses arrive."]));
        using var index = new SqlitePassageIndexFactory().Open(corpus, ":memory:");

        var hits = index.SearchWords("hydrogen");

        Assert.Equal([1, 0], hits.Ids());
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_OnlyVeryCommonWords_ReturnsUnrankedMatchesWithPositiveScores()
    {
        var options = SqliteSearchOptions.Default with { CommonTermFraction = 0.1, CommonTermMinimumPassages = 1, CommonRowLimit = 0 };
        using var index = new SqlitePassageIndexFactory(options: options).Open(TestCorpus.Partnerships(), ":memory:");

        var hits = index.SearchWords("leeds");

        Assert.Equal([0, 1, 2, 6, 7, 8], hits.Ids().Order().ToArray());
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void Search_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => _index.Search(new IndexQuery([new QueryTerm("leeds")]), cts.Token));
    }
}
