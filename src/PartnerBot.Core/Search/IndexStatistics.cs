namespace PartnerBot.Core.Search;

/// <summary>What an operator wants to know about the index.</summary>
/// <param name="Articles">Articles indexed.</param>
/// <param name="Passages">Passages indexed.</param>
/// <param name="Terms">Distinct terms in the vocabulary.</param>
/// <param name="BuiltAt">When the index was (re)built.</param>
/// <param name="Reused">True when an existing index with the same content hash was opened instead of rebuilt.</param>
/// <param name="BuildSeconds">Seconds the build took (0 when reused).</param>
/// <param name="Location">Database file path, or <c>:memory:</c>.</param>
public sealed record IndexStatistics(
    int Articles,
    int Passages,
    int Terms,
    DateTimeOffset BuiltAt,
    bool Reused,
    double BuildSeconds,
    string Location);
