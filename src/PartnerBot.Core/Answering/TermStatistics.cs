using System.Collections.Frozen;
using PartnerBot.Core.Search;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Corpus-wide term rarity derived once from the index vocabulary: document frequency by surface word and by
/// Porter stem, and the inverse document frequency the ranking uses.
/// </summary>
/// <remarks>Immutable after construction; shared by concurrent questions.</remarks>
public sealed class TermStatistics
{
    private readonly FrozenDictionary<string, int> _stemFrequency;

    public TermStatistics(IPassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        Vocabulary = index.Vocabulary;
        PassageCount = Math.Max(1, index.Statistics.Passages);
        var stems = new Dictionary<string, int>(Vocabulary.Count, StringComparer.Ordinal);
        foreach (var (term, df) in Vocabulary)
        {
            var stem = PorterStemmer.Stem(term);
            stems[stem] = Math.Min(PassageCount, stems.GetValueOrDefault(stem) + df);
        }
        _stemFrequency = stems.ToFrozenDictionary(StringComparer.Ordinal);
        MaxIdf = Idf(0);
    }

    /// <summary>Surface vocabulary: folded word → passages containing it.</summary>
    public IReadOnlyDictionary<string, int> Vocabulary { get; }

    /// <summary>Number of passages in the corpus (at least 1).</summary>
    public int PassageCount { get; }

    /// <summary>IDF of a term seen in no passage: the largest possible.</summary>
    public double MaxIdf { get; }

    /// <summary>Passages containing a word with this stem.</summary>
    public int StemFrequency(string stem) => _stemFrequency.GetValueOrDefault(stem);

    /// <summary>True when some passage contains a word with this stem.</summary>
    public bool HasStem(string stem) => _stemFrequency.ContainsKey(stem);

    /// <summary>BM25-style IDF, always positive.</summary>
    public double Idf(int documentFrequency) =>
        Math.Log(1 + ((PassageCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
