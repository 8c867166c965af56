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
        var connection = _pool.Rent();
        var healthy = true;
        try
        {
            foreach (var group in groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                groupScores.Clear();
                var found = group.Conjunction is { } all ? Run(connection, group, all, candidates, groupScores) : 0;
                var enough = group.OnlyCommonWords ? found > 0 : found >= Math.Min(candidates, _options.EnoughConjunctionHits);
                if (group.Conjunction is null || !enough) Run(connection, group, group.Disjunction, candidates, groupScores);

                foreach (var (id, score) in groupScores)
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
