namespace PartnerBot.Search;

/// <summary>The SQL of the index database. Bump <see cref="Version"/> whenever it changes: old files are then rebuilt.</summary>
/// <remarks>
/// Both full-text tables are contentless (<c>content=''</c>): Core keeps the passages in memory and the index only
/// needs the inverted lists. <c>columnsize=0</c> on the ranked table drops the per-row column sizes: bm25() then
/// skips length normalisation, and in exchange costs about 0.15 µs per matching row instead of about 1 µs (it
/// no longer looks up every row's sizes in a B-tree). Passages are paragraph-sized (Core splits long ones at
/// about 600 characters), so lengths vary little and normalisation matters little.
/// </remarks>
internal static class IndexSchema
{
    public const int Version = 1;

    public const string FileName = "index.db";

    public const string MemoryLocation = ":memory:";

    public static readonly string[] Create =
    [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        // Ranked search: Porter stems, diacritics folded. rowid = Passage.Id.
        "CREATE VIRTUAL TABLE passages USING fts5(text, title, section, content='', columnsize=0, " +
            "tokenize='porter unicode61 remove_diacritics 2')",
        // Surface vocabulary: same folding, no stemming; only document counts are needed.
        "CREATE VIRTUAL TABLE words USING fts5(text, title, section, content='', detail=none, columnsize=0, " +
            "tokenize='unicode61 remove_diacritics 2')",
        "CREATE VIRTUAL TABLE word_counts USING fts5vocab(words, 'row')",
        // Stem document counts, to estimate what a query word costs in the stemmed table.
        "CREATE VIRTUAL TABLE stem_counts USING fts5vocab(passages, 'row')",
        // Bulk load: no incremental merging and a big in-memory hash; 'optimize' merges once at the end.
        "INSERT INTO passages(passages, rank) VALUES('automerge', 0)",
        "INSERT INTO words(words, rank) VALUES('automerge', 0)",
        "INSERT INTO passages(passages, rank) VALUES('hashsize', 67108864)",
        "INSERT INTO words(words, rank) VALUES('hashsize', 67108864)",
    ];

    public static readonly string[] Finish =
    [
        "INSERT INTO passages(passages) VALUES('optimize')",
        "INSERT INTO words(words) VALUES('optimize')",
        // fts5vocab walks the whole index on every read; keep its answer in plain tables for a fast open.
        "CREATE TABLE vocabulary(term TEXT PRIMARY KEY, passages INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO vocabulary SELECT term, doc FROM word_counts",
        "CREATE TABLE stems(term TEXT PRIMARY KEY, passages INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO stems SELECT term, doc FROM stem_counts",
        // Back to the defaults, should anything ever write to the file again.
        "INSERT INTO passages(passages, rank) VALUES('automerge', 4)",
        "INSERT INTO words(words, rank) VALUES('automerge', 4)",
        "INSERT INTO passages(passages, rank) VALUES('hashsize', 1048576)",
        "INSERT INTO words(words, rank) VALUES('hashsize', 1048576)",
    ];

    public const string BuildPragmas =
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; " +
        "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;";

    public const string InsertPassage =
        "INSERT INTO passages(rowid, text, title, section) VALUES($id, $text, $title, $section)";

    public const string InsertWords =
        "INSERT INTO words(rowid, text, title, section) VALUES($id, $text, $title, $section)";

    public const string InsertMeta = "INSERT OR REPLACE INTO meta(key, value) VALUES($key, $value)";

    public const string SelectMeta = "SELECT key, value FROM meta";

    public const string SelectVocabulary = "SELECT term, passages FROM vocabulary";

    public const string SelectStems = "SELECT term, passages FROM stems";
}
