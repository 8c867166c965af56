using Microsoft.Data.Sqlite;
using PartnerBot.Core.Articles;

namespace PartnerBot.Search;

/// <summary>Writes a whole corpus into an empty database in one transaction with reused prepared commands.</summary>
internal static class IndexBuilder
{
    public static IndexMeta Build(SqliteConnection connection, Corpus corpus, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        Execute(connection, null, IndexSchema.BuildPragmas);

        using var transaction = connection.BeginTransaction();
        foreach (var sql in IndexSchema.Create) Execute(connection, transaction, sql);

        using (var passages = Prepare(connection, transaction, IndexSchema.InsertPassage))
        using (var words = Prepare(connection, transaction, IndexSchema.InsertWords))
        {
            for (var i = 0; i < corpus.Passages.Count; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var passage = corpus.Passages[i];
                Bind(passages, passage);
                passages.ExecuteNonQuery();
                Bind(words, passage);
                words.ExecuteNonQuery();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var sql in IndexSchema.Finish) Execute(connection, transaction, sql);

        var meta = new IndexMeta(
            IndexSchema.Version,
            corpus.ContentHash,
            time.GetUtcNow(),
            time.GetElapsedTime(started).TotalSeconds,
            corpus.Articles.Count,
            corpus.Passages.Count);
        using (var insert = Prepare(connection, transaction, IndexSchema.InsertMeta, "$key", "$value"))
        {
            foreach (var (key, value) in meta.ToRows())
            {
                insert.Parameters[0].Value = key;
                insert.Parameters[1].Value = value;
                insert.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return meta;
    }

    private static void Bind(SqliteCommand command, Passage passage)
    {
        command.Parameters[0].Value = passage.Id;
        command.Parameters[1].Value = passage.Text;
        command.Parameters[2].Value = passage.Article.Title;
        command.Parameters[3].Value = (object?)passage.Section ?? DBNull.Value;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (names.Length == 0) names = ["$id", "$text", "$title", "$section"];
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
