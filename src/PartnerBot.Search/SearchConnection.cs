using Microsoft.Data.Sqlite;

namespace PartnerBot.Search;

/// <summary>One read connection with its prepared ranked-match statement. Used by one thread at a time.</summary>
internal sealed class SearchConnection : IDisposable
{
    private const string UnrankedSql = "SELECT rowid FROM passages WHERE passages MATCH $q LIMIT $k";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _match;
    private readonly SqliteParameter _limit;
    private readonly SqliteCommand _unranked;
    private readonly SqliteParameter _unrankedMatch;
    private readonly SqliteParameter _unrankedLimit;

    public SearchConnection(string connectionString, string selectSql)
    {
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            SqliteRuntime.UseStablePlans(_connection.Handle!);
            using (var pragma = _connection.CreateCommand())
            {
                // Memory-mapped reads share the operating system's page cache between connections, no copying.
                pragma.CommandText = "PRAGMA query_only=1; PRAGMA mmap_size=1073741824;";
                pragma.ExecuteNonQuery();
            }
            _command = _connection.CreateCommand();
            _command.CommandText = selectSql;
            _match = _command.Parameters.Add(new SqliteParameter("$q", string.Empty));
            _limit = _command.Parameters.Add(new SqliteParameter("$k", 0));
            _command.Prepare();
            _unranked = _connection.CreateCommand();
            _unranked.CommandText = UnrankedSql;
            _unrankedMatch = _unranked.Parameters.Add(new SqliteParameter("$q", string.Empty));
            _unrankedLimit = _unranked.Parameters.Add(new SqliteParameter("$k", 0));
            _unranked.Prepare();
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs one ranked match and keeps, per passage, the best relevance seen (higher is better) in <paramref name="scores"/>.
    /// </summary>
    /// <returns>The number of rows returned.</returns>
    public int Run(string expression, int limit, Dictionary<int, double> scores)
    {
        _match.Value = expression;
        _limit.Value = limit;
        var rows = 0;
        using var reader = _command.ExecuteReader();
        while (reader.Read())
        {
            // bm25() is negative, more negative = better; hits carry "higher is better".
            var score = -reader.GetDouble(1);
            var id = reader.GetInt32(0);
            if (!scores.TryGetValue(id, out var seen) || score > seen) scores[id] = score;
            rows++;
        }
        return rows;
    }

    /// <summary>Takes up to <paramref name="limit"/> matching rows in index order (no ranking: FTS5 stops early) with one score.</summary>
    public int RunUnranked(string expression, int limit, double score, Dictionary<int, double> scores)
    {
        _unrankedMatch.Value = expression;
        _unrankedLimit.Value = limit;
        var rows = 0;
        using var reader = _unranked.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            if (!scores.TryGetValue(id, out var seen) || score > seen) scores[id] = score;
            rows++;
        }
        return rows;
    }

    public void Dispose()
    {
        _unranked.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
