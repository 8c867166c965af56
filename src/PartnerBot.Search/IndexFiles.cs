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

    /// <summary>Throws <see cref="SqliteException"/> when the file is visibly damaged.</summary>
    /// <remarks>
    /// <c>PRAGMA quick_check</c> reads the whole file (over a second for the large corpus), so the check is cheaper:
    /// the size the header records must be the file's size (truncation, garbage), the full-text index's structure
    /// record must load, and the vocabulary tables are read in full when they are loaded. Damage deeper inside the
    /// inverted lists surfaces as an engine error during a search, which is logged and answered with no hits.
    /// </remarks>
    public static void CheckIntegrity(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size())";
        var expected = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var actual = new FileInfo(path).Length;
        if (expected != actual)
        {
            throw new SqliteException($"Index file is {actual} bytes, its header says {expected}", 11);
        }
        command.CommandText = "SELECT count(*) FROM (SELECT rowid FROM passages WHERE passages MATCH 'a' LIMIT 1)";
        command.ExecuteScalar();
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
