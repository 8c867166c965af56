using Microsoft.Data.Sqlite;
using PartnerBot.TestSupport;
using SQLitePCL;

namespace PartnerBot.Search.Tests;

public sealed class SqliteRuntimeTests
{
    private const int StatementReprepares = 5; // SQLITE_STMTSTATUS_REPREPARE

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 4)] // once per execution
    public void UseStablePlans_RebindingTheSearchStatement_RepreparesOnlyWithoutIt(bool stable, int expected)
    {
        using var folder = new TempFolder();
        new SqlitePassageIndexFactory().Open(TestCorpus.Partnerships(), folder.Path).Dispose();
        using var connection = new SqliteConnection(IndexFiles.ReadOnlyConnectionString(Path.Combine(folder.Path, IndexSchema.FileName)));
        connection.Open();
        if (stable) SqliteRuntime.UseStablePlans(connection.Handle!);

        var sql = "SELECT rowid, bm25(passages) AS score FROM passages WHERE passages MATCH $q ORDER BY score LIMIT $k";
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle!, sql, out var statement));
        using (statement)
        {
            foreach (var (query, limit) in new[] { ("\"leeds\"", 10), ("\"hangzhou\"", 20), ("\"cafe\"", 30), ("\"leeds\" OR \"cafe\"", 40) })
            {
                raw.sqlite3_reset(statement);
                raw.sqlite3_bind_text(statement, 1, query);
                raw.sqlite3_bind_int(statement, 2, limit);
                var rows = 0;
                while (raw.sqlite3_step(statement) == raw.SQLITE_ROW) rows++;
                Assert.True(rows > 0, query);
            }

            Assert.Equal(expected, raw.sqlite3_stmt_status(statement, StatementReprepares, 0));
        }
    }
}
