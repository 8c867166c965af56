using System.Collections.Frozen;
using System.Numerics;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Corrects words that are not in the index vocabulary to close vocabulary words: Damerau (optimal string
/// alignment) edit distance, ties broken by how often the word occurs.
/// </summary>
/// <remarks>
/// Candidates are bucketed by length so a lookup only compares words within the allowed distance in length,
/// and the distance computation gives up as soon as a row exceeds the bound. Thread-safe.
/// </remarks>
public sealed class SpellCorrector
{
    private readonly FrozenDictionary<int, (string Word, int Frequency, uint Letters)[]> _byLength;

    private const int MaxWordLength = 40;

    public SpellCorrector(IReadOnlyDictionary<string, int> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _byLength = vocabulary
            .Where(kv => kv.Key.Length >= 3 && IsWord(kv.Key))
            .GroupBy(kv => kv.Key.Length)
            .ToFrozenDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value, Letters(kv.Key))).OrderByDescending(x => x.Value).ToArray());
    }

    /// <summary>Largest edit distance allowed for a word of this length (0: too short to correct).</summary>
    public static int MaxDistance(int length) => length switch
    {
        < 4 => 0,
        < 7 => 1,
        _ => 2,
    };

    /// <summary>The closest vocabulary word to <paramref name="word"/>, or null when none is close enough.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var max = MaxDistance(word.Length);
        if (max == 0 || word.Length > MaxWordLength || !IsWord(word)) return null;
        var letters = Letters(word);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = -1;
        for (var length = word.Length - max; length <= word.Length + max; length++)
        {
            if (!_byLength.TryGetValue(length, out var bucket)) continue;
            foreach (var (candidate, frequency, candidateLetters) in bucket)
            {
                var bound = Math.Min(max, bestDistance);
                // Each edit changes at most two letters of the set of letters used: a cheap lower bound that skips
                // almost every candidate before the distance is computed.
                if (BitOperations.PopCount(letters ^ candidateLetters) > 2 * bound) continue;
                var distance = EditDistance.Compute(word, candidate, bound);
                if (distance > bound) continue;
                // Closer wins; at equal distance the more frequent word wins (buckets are frequency-ordered).
                if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }
        return best;
    }

    /// <summary>The set of letters a word uses, folded into 32 bits.</summary>
    private static uint Letters(string word)
    {
        uint mask = 0;
        foreach (var c in word) mask |= 1u << (c % 32);
        return mask;
    }

    private static bool IsWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }
}
