namespace PartnerBot.Core.Language;

/// <summary>Query expansion over the tables.</summary>
public sealed partial class LanguageResources
{
    /// <summary>
    /// Related words and phrases of a folded word or phrase, strongest first, weights below 1 (see the class remarks):
    /// its lemma when different, derivational forms, thesaurus terms, and derivational forms of thesaurus terms.
    /// </summary>
    /// <remarks>The input itself and stop words are never returned; at most <see cref="MaxExpansions"/> terms.</remarks>
    public IReadOnlyList<(string Term, double Weight)> Expand(string foldedWordOrPhrase)
    {
        ArgumentNullException.ThrowIfNull(foldedWordOrPhrase);
        if (_expansions.TryGetValue(foldedWordOrPhrase, out var cached)) return cached;
        var expansions = Compute(foldedWordOrPhrase);
        if (_expansions.Count < MaxCachedExpansions) _expansions.TryAdd(foldedWordOrPhrase, expansions);
        return expansions;
    }

    private IReadOnlyList<(string Term, double Weight)> Compute(string key)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);

        void Add(string term, double weight)
        {
            if (term == key || !IsUseful(term)) return;
            if (!weights.TryGetValue(term, out var existing) || existing < weight) weights[term] = weight;
        }

        foreach (var (source, factor) in Sources(key))
        {
            if (source != key) Add(source, factor * (factor < 1 ? 1 : LemmaWeight));
            foreach (var derived in Derivations(source)) Add(derived, factor * DerivationWeight);
            foreach (var (term, weight) in Related(source))
            {
                Add(term, factor * weight);
                if (weight < SecondHopMinimum) continue;
                foreach (var derived in Derivations(term).Take(SecondHopPerTerm))
                {
                    Add(derived, factor * weight * SecondHopFactor);
                }
            }
        }

        var ranked = new (string Term, double Weight)[weights.Count];
        var index = 0;
        foreach (var (term, weight) in weights) ranked[index++] = (term, weight);
        Array.Sort(ranked, static (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Term, b.Term);
        });
        return ranked.Length > MaxExpansions ? ranked[..MaxExpansions] : ranked;
    }

    /// <summary>The word itself, its lemma, and for two-word phrases a known closed compound, with weight factors.</summary>
    private List<(string Source, double Factor)> Sources(string key)
    {
        var sources = new List<(string, double)> { (key, 1.0) };
        var lemma = Lemma(key);
        if (lemma != key) sources.Add((lemma, 1.0));

        var space = key.IndexOf(' ');
        if (space > 0 && key.IndexOf(' ', space + 1) < 0)
        {
            var first = key[..space];
            var second = key[(space + 1)..];
            var firstLemma = Lemma(first);
            string[] compounds = [first + second, second + first, firstLemma + second, second + firstLemma];
            foreach (var compound in compounds.Distinct())
            {
                if (_thesaurus.Contains(compound) || _derivations.Contains(compound))
                {
                    sources.Add((compound, CompoundWeight));
                }
            }
        }
        return sources;
    }
}
