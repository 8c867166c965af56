using System.Collections.Frozen;
using System.Globalization;
using PartnerBot.Core.Search;
using PartnerBot.TestSupport;

namespace PartnerBot.Search.Tests;

/// <summary>
/// Running a group's disjunction first (and the conjunction only when needed) must give exactly the rows and scores
/// of the plain order: the conjunction, then the disjunction when the conjunction found too few.
/// </summary>
public sealed class DisjunctionFirstTests
{
    [Theory]
    [InlineData("leeds research")]               // conjunction finds some, disjunction adds more
    [InlineData("leeds haier")]                  // conjunction finds one
    [InlineData("geely cafe")]                   // conjunction finds nothing
    [InlineData("partnership leeds university")] // three concepts
    [InlineData("officials hangzhou march")]     // conjunction finds all the disjunction does
    public void Search_SmallGroups_SameHitsAndScoresAsConjunctionFirst(string words)
    {
        using var folder = new TempFolder();
        var corpus = TestCorpus.Partnerships();
        var options = SqliteSearchOptions.Default;
        using var index = new SqlitePassageIndexFactory(options: options).Open(corpus, folder.Path);
        var query = new IndexQuery(words.Split(' ').Select((w, i) => new QueryTerm(w, 1, i)).ToList(), Limit: 30);

        var hits = index.Search(query);

        var expected = ConjunctionFirst(folder.Path, corpus, index.Vocabulary, query, options);
        Assert.NotEmpty(hits);
        Assert.Equal(expected.Select(h => (h.PassageId, h.Score)), hits.Select(h => (h.PassageId, h.Score)));
        Assert.True(QueryPlannerFor(index.Vocabulary, corpus, options).Plan(query).Single().DisjunctionHoldsConjunction);
    }

    /// <summary>A planner with surface counts standing in for stem counts: on this corpus every word is rare either way.</summary>
    private static QueryPlanner QueryPlannerFor(IReadOnlyDictionary<string, int> vocabulary, Core.Articles.Corpus corpus, SqliteSearchOptions options) =>
        new(new FrequencyEstimator(vocabulary, vocabulary.ToFrozenDictionary()), corpus.Passages.Count, options);

    /// <summary>The plain order, written out: conjunction; disjunction when it found fewer than enough; best score per row.</summary>
    private static List<SearchHit> ConjunctionFirst(
        string folder, Core.Articles.Corpus corpus, IReadOnlyDictionary<string, int> vocabulary, IndexQuery query, SqliteSearchOptions options)
    {
        var group = QueryPlannerFor(vocabulary, corpus, options).Plan(query).Single();
        var sql = string.Create(CultureInfo.InvariantCulture,
            $"SELECT rowid, bm25(passages, {options.TextWeight:R}, {options.TitleWeight:R}, {options.SectionWeight:R}) AS score FROM passages WHERE passages MATCH $q ORDER BY score LIMIT $k");
        using var connection = new SearchConnection(IndexFiles.ReadOnlyConnectionString(Path.Combine(folder, IndexSchema.FileName)), sql);
        var candidates = Math.Max(query.Limit, options.CandidatesPerGroup);
        var scores = new Dictionary<int, double>();
        var found = connection.Run(group.Conjunction!, candidates, scores);
        if (found < Math.Min(candidates, options.EnoughConjunctionHits)) connection.Run(group.Disjunction, candidates, scores);
        var factors = LengthNormalization.Factors(corpus);
        return scores
            .Select(s => new SearchHit(s.Key, s.Value * factors[s.Key]))
            .OrderByDescending(h => h.Score).ThenBy(h => h.PassageId)
            .Take(query.Limit)
            .ToList();
    }
}
