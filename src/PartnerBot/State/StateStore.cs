using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PartnerBot.State;

/// <summary>
/// The service's state in one SQLite file, <c>&lt;data&gt;/state.db</c>: fact subscriptions, the posting log, Teams
/// conversation references and feedback. <c>:memory:</c> as the data folder keeps it in memory (tests, CLI).
/// </summary>
/// <remarks>
/// One connection behind a lock: the state is small and written a few times a day, so serialising calls is the
/// simplest way to be safe for concurrent use (and the only way for an in-memory database). WAL keeps readers of
/// the file (backups, sqlite3) from blocking us. A file that is not a readable state database is moved aside with
/// a logged error and a fresh one is created: losing subscriptions is bad, a service that cannot start is worse.
/// </remarks>
public sealed partial class StateStore : IDisposable
{
    public const string FileName = "state.db";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;

    public StateStore(string dataFolder, TimeProvider time, ILogger<StateStore> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        ArgumentNullException.ThrowIfNull(logger);
        if (dataFolder == ":memory:")
        {
            Path = ":memory:";
            _connection = Open("Data Source=:memory:", wal: false);
            return;
        }
        Directory.CreateDirectory(dataFolder);
        Path = System.IO.Path.Combine(dataFolder, FileName);
        try
        {
            _connection = Open(ConnectionString(Path), wal: true);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException)
        {
            var aside = $"{Path}.corrupt-{_time.GetUtcNow():yyyyMMddHHmmss}";
            Log.StateCorrupt(logger, Path, aside, e.Message);
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(Path + suffix)) File.Move(Path + suffix, aside + suffix, overwrite: true);
            }
            _connection = Open(ConnectionString(Path), wal: true);
        }
    }

    /// <summary>The database file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public void Dispose()
    {
        lock (_gate) { _connection.Dispose(); }
    }

    private static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();

    private static SqliteConnection Open(string connectionString, bool wal)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            if (wal) Scalar(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;");
            var check = Convert.ToString(Scalar(connection, "PRAGMA quick_check;"), CultureInfo.InvariantCulture);
            if (check != "ok") throw new InvalidDataException("integrity check failed: " + check);
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            if (version > StateSchema.Version)
                throw new InvalidDataException($"schema version {version} is newer than this program's ({StateSchema.Version})");
            Execute(connection, StateSchema.Create + $"PRAGMA user_version={StateSchema.Version};");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="action"/> on the connection under the lock.</summary>
    private T Run<T>(Func<SqliteConnection, T> action)
    {
        lock (_gate) { return action(_connection); }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string Text(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
