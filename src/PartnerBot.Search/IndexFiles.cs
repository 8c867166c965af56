using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PartnerBot.Search;

/// <summary>File handling around <c>index.db</c>: temporary build files, read-only connection strings, integrity.</summary>
internal static class IndexFiles
{
    private const string TemporarySuffix = ".tmp";

    public static string TemporaryPath(string path) => $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";

    /// <summary>
    /// Serving connections open the file as immutable: no locks and no journal look-ups on every query. That is
    /// safe because a rebuild never writes this file; it renames a new file over the name.
    /// </summary>
    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = new Uri(path).AbsoluteUri + "?immutable=1",
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    /// <summary>Throws <see cref="SqliteException"/> when the file is damaged.</summary>
    public static void CheckIntegrity(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1)";
        var result = command.ExecuteScalar() as string;
        if (!string.Equals(result, "ok", StringComparison.OrdinalIgnoreCase))
        {
            throw new SqliteException($"Index integrity check failed: {result}", 11);
        }
    }

    /// <summary>Removes temporary files a crashed or killed build left next to the index.</summary>
    public static void DeleteLeftovers(string path, TimeProvider time, ILogger logger)
    {
        var directory = Path.GetDirectoryName(path)!;
        var pattern = Path.GetFileName(path) + ".*" + TemporarySuffix;
        foreach (var file in Directory.EnumerateFiles(directory, pattern))
        {
            // A fresh one may belong to a build running in another process right now.
            if (time.GetUtcNow() - File.GetLastWriteTimeUtc(file) > TimeSpan.FromHours(1)) TryDelete(file, logger);
        }
    }

    public static void TryDelete(string file, ILogger logger)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.CleanupFailed(logger, file, exception);
        }
    }
}
