namespace PartnerBot.Core.Answering;

/// <summary>
/// A query's forms by their first stem, in concept then form order: an open-addressing table keyed by the stem's
/// hash code, so looking up a text's token costs an integer probe (a <see cref="TokenizedText"/> keeps its stems'
/// hash codes) and a string comparison only on a hit.
/// </summary>
/// <remarks>
/// Matching probes every token of some 40 passages per question, and most tokens are not question words: a
/// string-keyed dictionary hashed each token's stem on every probe. Immutable after construction; thread-safe.
/// </remarks>
internal sealed class FirstStemIndex
{
    private readonly int[] _slots; // entry + 1; 0 = empty
    private readonly int _mask;
    private readonly int[] _hashes;
    private readonly string[] _stems;
    private readonly (int Concept, int Form)[][] _forms;

    public FirstStemIndex(IReadOnlyList<QueryConcept> concepts)
    {
        var forms = 0;
        foreach (var concept in concepts) forms += concept.Forms.Count;
        var size = 8;
        while (size < forms * 2) size *= 2;
        _slots = new int[size];
        _mask = size - 1;
        _hashes = new int[forms];
        _stems = new string[forms];
        var lists = new List<(int, int)>[forms];
        var count = 0;
        for (var c = 0; c < concepts.Count; c++)
        {
            for (var f = 0; f < concepts[c].Forms.Count; f++)
            {
                var stems = concepts[c].Forms[f].Stems;
                if (stems.Length == 0) continue;
                var entry = Find(stems[0], stems[0].GetHashCode(), out var slot);
                if (entry < 0)
                {
                    entry = count++;
                    _hashes[entry] = stems[0].GetHashCode();
                    _stems[entry] = stems[0];
                    lists[entry] = [];
                    _slots[slot] = entry + 1;
                }
                lists[entry].Add((c, f));
            }
        }
        _forms = new (int, int)[count][];
        for (var e = 0; e < count; e++) _forms[e] = [.. lists[e]];
        Count = count;
    }

    /// <summary>Number of distinct first stems.</summary>
    public int Count { get; }

    /// <summary>The forms whose first stem is <paramref name="stem"/> (whose hash code is <paramref name="hash"/>).</summary>
    public bool TryGet(string stem, int hash, out (int Concept, int Form)[] forms)
    {
        var entry = Find(stem, hash, out _);
        forms = entry >= 0 ? _forms[entry] : [];
        return entry >= 0;
    }

    /// <returns>The entry holding <paramref name="stem"/>, or -1 with the empty slot where it would go.</returns>
    private int Find(string stem, int hash, out int slot)
    {
        slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0) return -1;
            if (_hashes[entry] == hash && string.Equals(_stems[entry], stem, StringComparison.Ordinal)) return entry;
            slot = (slot + 1) & _mask;
        }
    }
}
