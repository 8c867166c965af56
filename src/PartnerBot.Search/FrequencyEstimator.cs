using System.Collections.Frozen;
using PartnerBot.Core.Text;

namespace PartnerBot.Search;

/// <summary>Estimates how many passages a query word matches in the Porter-stemmed index.</summary>
/// <remarks>
/// The stemmed table matches "documented" wherever "document", "documents" or "documentation" occur, so the
/// surface count alone badly underestimates what a word costs; the stem's count is the real one.
/// </remarks>
internal sealed class FrequencyEstimator(IReadOnlyDictionary<string, int> surface, FrozenDictionary<string, int> stems)
{
    public int Estimate(string word)
    {
        var count = surface.TryGetValue(word, out var df) ? df : 0;
        return stems.TryGetValue(PorterStemmer.Stem(word), out var stemmed) ? Math.Max(count, stemmed) : count;
    }
}
