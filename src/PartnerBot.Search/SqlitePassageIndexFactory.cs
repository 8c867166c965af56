using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Search;

namespace PartnerBot.Search;

/// <summary>
/// Opens SQLite FTS5 passage indexes: <c>&lt;dataDirectory&gt;/index.db</c>, reused while the corpus content hash and
/// schema version match, otherwise rebuilt into a temporary file and moved into place; or a throw-away in-memory
/// index for <c>:memory:</c>.
/// </summary>
/// <remarks>
/// A build never leaves a half-written index under the real name: the old file keeps serving until the rename.
/// A file that cannot be read (corrupt, truncated, not a database) is rebuilt, never fatal.
/// </remarks>
public sealed class SqlitePassageIndexFactory : IPassageIndexFactory
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SqliteSearchOptions _options;
    private readonly string _selectSql;

    static SqlitePassageIndexFactory() => SqliteRuntime.Initialize();

    /// <summary>
    /// Applies SQLite's process-wide search settings now (see <c>SqliteRuntime</c>). They only take effect before the
    /// first SQLite connection in the process, so the executable calls this first thing, before any other store opens
    /// a database; otherwise the first use of this factory applies them.
    /// </summary>
    public static void PrepareProcess() => SqliteRuntime.Initialize();

    public SqlitePassageIndexFactory(
        ILogger<SqlitePassageIndexFactory>? logger = null,
        TimeProvider? timeProvider = null,
        SqliteSearchOptions? options = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? SqliteSearchOptions.Default;
        _options.Validate();
        _selectSql = string.Create(CultureInfo.InvariantCulture,
            $"SELECT rowid, bm25(passages, {_options.TextWeight:R}, {_options.TitleWeight:R}, {_options.SectionWeight:R}) AS score FROM passages WHERE passages MATCH $q ORDER BY score LIMIT $k");
    }

    /// <summary>
    /// Deletes the stored index in <paramref name="dataDirectory"/> (and its WAL files), so the next
    /// <see cref="Open"/> builds it anew. Nothing to do for <c>:memory:</c> or a folder without an index.
    /// </summary>
    public static void DeleteIndex(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        if (dataDirectory == ":memory:") return;
        var path = Path.Combine(dataDirectory, IndexSchema.FileName);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    /// <inheritdoc />
    public IPassageIndex Open(Corpus corpus, string dataDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return dataDirectory == IndexSchema.MemoryLocation
            ? OpenInMemory(corpus, cancellationToken)
            : OpenFile(corpus, dataDirectory, cancellationToken);
    }

    private SqlitePassageIndex OpenInMemory(Corpus corpus, CancellationToken cancellationToken)
    {
        // A named shared-cache database lives as long as one connection to it is open: the build connection
        // stays open as the keep-alive and search connections attach to the same name.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "partnerbot-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = false,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        try
        {
            keepAlive.Open();
            var meta = IndexBuilder.Build(keepAlive, corpus, _time, cancellationToken);
            var index = CreateIndex(connectionString, corpus, meta, LoadCounts(keepAlive, IndexSchema.SelectVocabulary),
                LoadCounts(keepAlive, IndexSchema.SelectStems), IndexSchema.MemoryLocation, reused: false, keepAlive);
            LogBuilt(index.Statistics);
            return index;
        }
        catch
        {
            keepAlive.Dispose();
            throw;
        }
    }

    private SqlitePassageIndex OpenFile(Corpus corpus, string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.GetFullPath(Path.Combine(dataDirectory, IndexSchema.FileName));
        IndexFiles.DeleteLeftovers(path, _time, _logger);

        if (File.Exists(path))
        {
            var started = _time.GetTimestamp();
            var reused = TryReuse(path, corpus, out var reason);
            if (reused is not null)
            {
                var s = reused.Statistics;
                Log.IndexReused(_logger, s.Location, s.BuiltAt, s.Articles, s.Passages, s.Terms,
                    _time.GetElapsedTime(started).TotalMilliseconds);
                return reused;
            }
            Log.IndexRebuilding(_logger, path, reason);
        }

        var temporary = IndexFiles.TemporaryPath(path);
        try
        {
            IndexMeta meta;
            var buildString = new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString();
            using (var connection = new SqliteConnection(buildString))
            {
                connection.Open();
                meta = IndexBuilder.Build(connection, corpus, _time, cancellationToken);
            }
            // rename(2): readers of the old file keep it until they close; new readers see the whole new one.
            File.Move(temporary, path, overwrite: true);
            var index = OpenExisting(path, corpus, meta, reused: false);
            LogBuilt(index.Statistics);
            return index;
        }
        finally
        {
            IndexFiles.TryDelete(temporary, _logger);
        }
    }

    /// <returns>The opened index, or null with the reason it must be rebuilt.</returns>
    private SqlitePassageIndex? TryReuse(string path, Corpus corpus, out string reason)
    {
        try
        {
            using var connection = new SqliteConnection(IndexFiles.ReadOnlyConnectionString(path));
            connection.Open();
            var meta = ReadMeta(connection);
            reason = meta switch
            {
                null => "its metadata is missing",
                { SchemaVersion: var v } when v != IndexSchema.Version => $"schema version {v}, expected {IndexSchema.Version}",
                { ContentHash: var h } when h != corpus.ContentHash => "the corpus content changed",
                { Passages: var p } when p != corpus.Passages.Count => $"it holds {p} passages, the corpus {corpus.Passages.Count}",
                _ => string.Empty,
            };
            if (meta is null || reason.Length > 0) return null;
            return OpenExisting(path, corpus, meta, reused: true);
        }
        catch (Exception exception) when (exception is SqliteException or InvalidCastException or FormatException or OverflowException)
        {
            Log.IndexUnreadable(_logger, path, exception);
            reason = "the file is unreadable";
            return null;
        }
    }

    private SqlitePassageIndex OpenExisting(string path, Corpus corpus, IndexMeta meta, bool reused)
    {
        var connectionString = IndexFiles.ReadOnlyConnectionString(path);
        FrozenDictionary<string, int> vocabulary, stems;
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            IndexFiles.CheckIntegrity(connection, path);
            vocabulary = LoadCounts(connection, IndexSchema.SelectVocabulary);
            stems = LoadCounts(connection, IndexSchema.SelectStems);
        }
        return CreateIndex(connectionString, corpus, meta, vocabulary, stems, path, reused, keepAlive: null);
    }

    private SqlitePassageIndex CreateIndex(
        string connectionString,
        Corpus corpus,
        IndexMeta meta,
        FrozenDictionary<string, int> vocabulary,
        FrozenDictionary<string, int> stems,
        string location,
        bool reused,
        IDisposable? keepAlive)
    {
        var statistics = new IndexStatistics(
            meta.Articles, meta.Passages, vocabulary.Count, meta.BuiltAt, reused, reused ? 0 : meta.BuildSeconds, location);
        var pool = new SearchConnectionPool(connectionString, _selectSql);
        // Open one search connection now: a broken file fails here, not on the first question.
        pool.Return(pool.Rent());
        return new SqlitePassageIndex(pool, vocabulary, stems, LengthNormalization.Factors(corpus), statistics, _options, _logger, keepAlive);
    }

    private void LogBuilt(IndexStatistics s) =>
        Log.IndexBuilt(_logger, s.Location, s.Articles, s.Passages, s.Terms, s.BuildSeconds,
            s.BuildSeconds > 0 ? s.Passages / s.BuildSeconds : 0);

    private static IndexMeta? ReadMeta(SqliteConnection connection)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = IndexSchema.SelectMeta;
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows[reader.GetString(0)] = reader.GetString(1);
        return IndexMeta.FromRows(rows);
    }

    /// <summary>Reads an fts5vocab table (term → passages containing it) into memory.</summary>
    private static FrozenDictionary<string, int> LoadCounts(SqliteConnection connection, string sql)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) terms[reader.GetString(0)] = reader.GetInt32(1);
        return terms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
