using PartnerBot.Core.Articles;
using PartnerBot.Core.Search;

namespace PartnerBot.Knowledge;

/// <summary>What operators see about the knowledge base: the index in use and the outcome of the last (re)load.</summary>
/// <param name="Loaded">True once an index serves questions.</param>
/// <param name="Index">Statistics of the index in use, or null before the first load.</param>
/// <param name="Skipped">Corpus files left out of the index in use, with reasons.</param>
/// <param name="LoadedAt">When the index in use was swapped in.</param>
/// <param name="Reloads">Successful reloads since start (the first load not counted).</param>
/// <param name="LastError">The last failed (re)load's message, or null when the last attempt succeeded.</param>
/// <param name="LastErrorAt">When it failed.</param>
public sealed record KnowledgeState(
    bool Loaded,
    IndexStatistics? Index,
    IReadOnlyList<SkippedFile> Skipped,
    DateTimeOffset? LoadedAt,
    int Reloads,
    string? LastError,
    DateTimeOffset? LastErrorAt)
{
    public static KnowledgeState Empty { get; } = new(false, null, [], null, 0, null, null);
}
