using System.Collections.Frozen;

namespace PartnerBot.Core.Language;

/// <summary>Irregular inflections: the lemma table read backwards (hold → held, go → went).</summary>
public sealed partial class LanguageResources
{
    private FrozenDictionary<string, string[]>? _inflections;

    /// <summary>
    /// Inflected forms the lemma table maps to <paramref name="lemma"/> — the irregular ones a stemmer cannot
    /// relate ("held" for "hold"). Empty when there are none.
    /// </summary>
    public IReadOnlyList<string> Inflections(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var map = _inflections ??= BuildInflections();
        return map.TryGetValue(lemma, out var forms) ? forms : [];
    }

    private FrozenDictionary<string, string[]> BuildInflections()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (inflected, lemma) in _lemmas.Entries())
        {
            if (!map.TryGetValue(lemma, out var list)) map[lemma] = list = [];
            list.Add(inflected);
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
