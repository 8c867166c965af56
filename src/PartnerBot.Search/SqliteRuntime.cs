using SQLitePCL;

namespace PartnerBot.Search;

/// <summary>Process-wide and per-connection SQLite settings that make concurrent searches cheaper.</summary>
/// <remarks>
/// With memory statistics on (SQLite's default), every allocation inside SQLite takes one process-wide mutex to
/// count bytes; FTS5 allocates for every segment it reads, so concurrent searches queue on that mutex (measured:
/// about a tenth of a question's CPU time, half of it in the kernel). The statistics are only read by
/// <c>sqlite3_memory_used</c>, which nothing here calls. SQLite accepts the setting only before it initialises,
/// so it is applied before the first connection this process opens through this project; when another component
/// opened one first, it is skipped (answers are the same either way).
/// </remarks>
internal static class SqliteRuntime
{
    private const int ConfigMemoryStatistics = 9; // SQLITE_CONFIG_MEMSTATUS
    private const int DbConfigEnableQpsg = 1007; // SQLITE_DBCONFIG_ENABLE_QPSG

    private static readonly Lazy<bool> s_memoryStatisticsOff = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(ConfigMemoryStatistics, 0) == raw.SQLITE_OK;
    });

    /// <summary>True when SQLite's memory statistics (and their global mutex) are off in this process.</summary>
    public static bool MemoryStatisticsOff => s_memoryStatisticsOff.Value;

    /// <summary>Applies the process-wide settings once; call before opening any connection.</summary>
    public static void Initialize() => _ = s_memoryStatisticsOff.Value;

    /// <summary>
    /// Stops the query planner from reading bound values. Otherwise <c>LIMIT $k</c> (and FTS5's look at
    /// <c>MATCH $q</c>) mark a statement as depending on its parameters, and SQLite re-parses and re-plans the
    /// prepared statement on every execution after a rebind. The plan does not depend on the values here.
    /// </summary>
    public static void UseStablePlans(sqlite3 handle) => raw.sqlite3_db_config(handle, DbConfigEnableQpsg, 1, out _);
}
