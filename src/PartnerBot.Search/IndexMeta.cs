using System.Globalization;

namespace PartnerBot.Search;

/// <summary>What the <c>meta</c> table records about a built index.</summary>
internal sealed record IndexMeta(
    int SchemaVersion,
    string ContentHash,
    DateTimeOffset BuiltAt,
    double BuildSeconds,
    int Articles,
    int Passages)
{
    public IEnumerable<KeyValuePair<string, string>> ToRows() =>
    [
        new("schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture)),
        new("content_hash", ContentHash),
        new("built_at", BuiltAt.ToString("O", CultureInfo.InvariantCulture)),
        new("build_seconds", BuildSeconds.ToString("R", CultureInfo.InvariantCulture)),
        new("articles", Articles.ToString(CultureInfo.InvariantCulture)),
        new("passages", Passages.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Reads the rows back; null when a key is missing or malformed (the index is then rebuilt).</summary>
    public static IndexMeta? FromRows(IReadOnlyDictionary<string, string> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        if (rows.TryGetValue("schema_version", out var version) && int.TryParse(version, inv, out var v)
            && rows.TryGetValue("content_hash", out var hash)
            && rows.TryGetValue("built_at", out var builtAt)
            && DateTimeOffset.TryParse(builtAt, inv, DateTimeStyles.RoundtripKind, out var at)
            && rows.TryGetValue("build_seconds", out var seconds) && double.TryParse(seconds, inv, out var s)
            && rows.TryGetValue("articles", out var articles) && int.TryParse(articles, inv, out var a)
            && rows.TryGetValue("passages", out var passages) && int.TryParse(passages, inv, out var p))
        {
            return new IndexMeta(v, hash, at, s, a, p);
        }
        return null;
    }
}
