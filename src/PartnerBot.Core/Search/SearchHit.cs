namespace PartnerBot.Core.Search;

/// <summary>A passage the index matched, by its id in the corpus, with the engine's relevance score (higher is better).</summary>
public readonly record struct SearchHit(int PassageId, double Score);
