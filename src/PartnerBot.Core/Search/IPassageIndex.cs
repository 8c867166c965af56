namespace PartnerBot.Core.Search;

/// <summary>
/// The full-text index Core searches. Core knows nothing about the engine behind it
/// (SQLite FTS5 today; a server-backed engine could sit beside it).
/// </summary>
/// <remarks>Implementations are safe for concurrent <see cref="Search"/> calls.</remarks>
public interface IPassageIndex : IDisposable
{
    /// <summary>Statistics of the loaded index.</summary>
    IndexStatistics Statistics { get; }

    /// <summary>
    /// The index vocabulary: every surface word (lower case, diacritics removed, not stemmed)
    /// with the number of passages it occurs in. Used for typo correction and term rarity.
    /// </summary>
    IReadOnlyDictionary<string, int> Vocabulary { get; }

    /// <summary>Best-matching passages for the query, best first. Never throws on user text.</summary>
    IReadOnlyList<SearchHit> Search(IndexQuery query, CancellationToken cancellationToken = default);
}
