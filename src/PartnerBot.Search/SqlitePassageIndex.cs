using System.Collections.Frozen;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PartnerBot.Core.Search;

namespace PartnerBot.Search;

/// <summary>An opened SQLite FTS5 passage index.</summary>
/// <remarks>
/// Thread-safe: each <see cref="Search"/> rents its own read connection. Terms are grouped by weight and each
/// group is ranked by FTS5 (see <see cref="QueryPlanner"/>); a passage's score is the weighted sum of its groups'
/// BM25 scores, so an expansion (weight below 1) can only outrank the user's own words by matching much better.
/// </remarks>
internal sealed class SqlitePassageIndex : IPassageIndex
{
    private readonly SearchConnectionPool _pool;
    private readonly QueryPlanner _planner;
    private readonly SqliteSearchOptions _options;
    private readonly ILogger _logger;
    private readonly IDisposable? _keepAlive;
    private readonly float[] _lengthFactors;

    public SqlitePassageIndex(
        SearchConnectionPool pool,
        FrozenDictionary<string, int> vocabulary,
        FrozenDictionary<string, int> stems,
        float[] lengthFactors,
        IndexStatistics statistics,
        SqliteSearchOptions options,
        ILogger logger,
        IDisposable? keepAlive = null)
    {
        _pool = pool;
        Vocabulary = vocabulary;
        Statistics = statistics;
        _options = options;
        _logger = logger;
        _keepAlive = keepAlive;
        _lengthFactors = lengthFactors;
        _planner = new QueryPlanner(new FrequencyEstimator(vocabulary, stems), statistics.Passages, options);
    }

    public IndexStatistics Statistics { get; }

    public IReadOnlyDictionary<string, int> Vocabulary { get; }

    public IReadOnlyList<SearchHit> Search(IndexQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var limit = Math.Min(query?.Limit ?? 0, 10_000);
        if (limit <= 0) return [];
        var groups = _planner.Plan(query);
        if (groups.Count == 0) return [];

        // Each group fetches extra candidates: length normalisation and the weighted merge reorder them.
        var candidates = Math.Max(limit, _options.CandidatesPerGroup);
        var scores = new Dictionary<int, double>(candidates * groups.Count);
        var groupScores = new Dictionary<int, double>(candidates * 2);
        var conjunctionScores = new Dictionary<int, double>(candidates);
        var connection = _pool.Rent();
        var healthy = true;
        try
        {
            foreach (var group in groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var matched = RunGroup(connection, group, candidates, groupScores, conjunctionScores);
                foreach (var (id, score) in matched)
                {
                    var weighted = score * group.Weight;
                    scores[id] = scores.TryGetValue(id, out var sum) ? sum + weighted : weighted;
                }
            }
        }
        catch (SqliteException exception)
        {
            // The expressions hold quoted words only, so this is not expected; never let it reach the user.
            Log.SearchFailed(_logger, groups.Sum(g => g.Disjunction.Length), exception);
            healthy = false;
            return [];
        }
        finally
        {
            if (healthy) _pool.Return(connection);
            else connection.Dispose();
        }

        var hits = new SearchHit[scores.Count];
        var i = 0;
        foreach (var (id, score) in scores)
        {
            hits[i++] = new SearchHit(id, (uint)id < (uint)_lengthFactors.Length ? score * _lengthFactors[id] : score);
        }
        Array.Sort(hits, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.PassageId.CompareTo(b.PassageId));
        return hits.Length <= limit ? hits : hits[..limit];
    }

    /// <summary>
    /// One group's rows: the conjunction's when it finds enough, else those of the conjunction and the disjunction.
    /// </summary>
    /// <remarks>
    /// When the estimated counts say the conjunction cannot find enough, the disjunction runs anyway; if it also holds
    /// every phrase of the conjunction (<see cref="MatchGroup.DisjunctionHoldsConjunction"/>) it runs first, and when
    /// it returns fewer rows than asked for — every matching row — and fewer than enough, the conjunction's rows are
    /// among them with the same scores and it need not run: one statement instead of two, the same rows and scores.
    /// </remarks>
    private Dictionary<int, double> RunGroup(
        SearchConnection connection, MatchGroup group, int candidates, Dictionary<int, double> scores, Dictionary<int, double> conjunctionScores)
    {
        scores.Clear();
        if (group.Conjunction is not { } all)
        {
            Run(connection, group, group.Disjunction, candidates, scores);
            return scores;
        }
        var enough = group.OnlyCommonWords ? 1 : Math.Min(candidates, _options.EnoughConjunctionHits);
        if (!group.OnlyCommonWords && group.DisjunctionHoldsConjunction && group.ConjunctionBound < enough)
        {
            var rows = Run(connection, group, group.Disjunction, candidates, scores);
            if (rows < candidates && rows < enough) return scores;
            conjunctionScores.Clear();
            if (Run(connection, group, all, candidates, conjunctionScores) >= enough) return conjunctionScores;
            foreach (var (id, score) in conjunctionScores)
            {
                if (!scores.TryGetValue(id, out var seen) || score > seen) scores[id] = score;
            }
            return scores;
        }
        var found = Run(connection, group, all, candidates, scores);
        if (found < enough) Run(connection, group, group.Disjunction, candidates, scores);
        return scores;
    }

    private static int Run(SearchConnection connection, MatchGroup group, string expression, int candidates, Dictionary<int, double> scores) =>
        group.UnrankedScore is { } score
            ? connection.RunUnranked(expression, candidates, score, scores)
            : connection.Run(expression, candidates, scores);

    public void Dispose()
    {
        _pool.Dispose();
        _keepAlive?.Dispose();
    }
}
