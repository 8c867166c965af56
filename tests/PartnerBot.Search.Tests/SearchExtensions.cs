using PartnerBot.Core.Search;

namespace PartnerBot.Search.Tests;

internal static class SearchExtensions
{
    /// <summary>Searches for the words of <paramref name="text"/>, each with weight 1.</summary>
    public static IReadOnlyList<SearchHit> SearchWords(this IPassageIndex index, string text, int limit = 30) =>
        index.Search(new IndexQuery(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new QueryTerm(w)).ToList(), limit));

    public static int[] Ids(this IReadOnlyList<SearchHit> hits) => hits.Select(h => h.PassageId).ToArray();
}
