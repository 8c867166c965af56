using System.Collections.Concurrent;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Language;

/// <summary>General English resources for query expansion: derivational forms, a thesaurus and lemmas.</summary>
/// <remarks>
/// Tables are derived from WordNet 3.0 by <c>config/wordnet/derive.py</c> (licence: <c>config/wordnet/LICENSE</c>):
/// <c>thesaurus.tsv</c>, <c>derivations.tsv</c> and <c>lemmas.tsv</c>. They are read from a folder when present and
/// otherwise from the copies embedded in this assembly. Lookups are binary searches over the raw text, so loading
/// costs a few milliseconds. Thread-safe once constructed.
/// Weights of expansions stay below the user's own words (1.0): lemma 0.9, derivation 0.7, thesaurus up to 0.6
/// (0.2 to 0.6 by the table's 1-9 strength: first-sense synonyms high, hypernyms and hyponyms low), derivations of a
/// thesaurus term half that term's weight ("staff" → "employee" → "employ"), and for two-word phrases the closed
/// compound when the tables know it (0.8: "coming home" → "homecoming" → "return"; "take over" → "takeover").
/// </remarks>
public sealed partial class LanguageResources
{
    /// <summary>Table file names (also the logical names of the embedded copies).</summary>
    public const string ThesaurusFile = "thesaurus.tsv";

    /// <inheritdoc cref="ThesaurusFile"/>
    public const string DerivationsFile = "derivations.tsv";

    /// <inheritdoc cref="ThesaurusFile"/>
    public const string LemmasFile = "lemmas.tsv";

    /// <inheritdoc cref="ThesaurusFile"/>
    public const string ExtraThesaurusFile = "thesaurus-extra.tsv";

    internal const double LemmaWeight = 0.9;
    internal const double DerivationWeight = 0.7;
    internal const double ThesaurusWeight = 0.6;
    internal const double CompoundWeight = 0.8;
    internal const double SecondHopFactor = 0.5;
    internal const double SecondHopMinimum = 0.25;
    internal const int SecondHopPerTerm = 3;
    internal const int MaxExpansions = 20;

    /// <summary>Expansions are memoised (queries repeat words); the cache stops growing at this size.</summary>
    internal const int MaxCachedExpansions = 50_000;

    private readonly TermTable _thesaurus;
    private readonly TermTable _derivations;
    private readonly TermTable _lemmas;
    private readonly TermTable _extra;
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Term, double Weight)>> _expansions =
        new(StringComparer.Ordinal);

    private LanguageResources(TermTable thesaurus, TermTable derivations, TermTable lemmas, TermTable? extra = null)
    {
        _extra = extra ?? new TermTable(string.Empty);
        _thesaurus = thesaurus;
        _derivations = derivations;
        _lemmas = lemmas;
    }

    /// <summary>Number of thesaurus, derivation and lemma entries (for statistics and tests).</summary>
    public (int Thesaurus, int Derivations, int Lemmas) Counts => (_thesaurus.Count, _derivations.Count, _lemmas.Count);

    /// <summary>Loads the tables from <paramref name="folder"/> (e.g. <c>config/</c>); files missing there come from the embedded copies.</summary>
    public static LanguageResources Load(string? folder, CancellationToken cancellationToken)
    {
        return new LanguageResources(
            new TermTable(ConfigFile.Read(folder, ThesaurusFile, cancellationToken)),
            new TermTable(ConfigFile.Read(folder, DerivationsFile, cancellationToken)),
            new TermTable(ConfigFile.Read(folder, LemmasFile, cancellationToken)),
            new TermTable(ConfigFile.Read(folder, ExtraThesaurusFile, cancellationToken)));
    }

    /// <summary>Loads the copies embedded in this assembly.</summary>
    public static LanguageResources LoadEmbedded() => Load(null, CancellationToken.None);

    /// <summary>Builds resources from table texts (tests and tools).</summary>
    public static LanguageResources FromText(string thesaurus, string derivations, string lemmas) =>
        new(new TermTable(thesaurus), new TermTable(derivations), new TermTable(lemmas));

    /// <summary>True when the tables know <paramref name="folded"/> as a word or phrase.</summary>
    /// <remarks>The hand-kept supplement is not consulted: its keys may be inflected forms, which must still lemmatise.</remarks>
    public bool IsKnown(string folded) => _thesaurus.Contains(folded) || _derivations.Contains(folded);

    /// <summary>The lemma of a folded word or phrase: irregular forms, then regular rules checked against the vocabulary.</summary>
    /// <returns>The lemma ("coming" → "come", "went" → "go", "companies" → "company"), or the input when unknown.</returns>
    public string Lemma(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (!folded.Contains(' ')) return LemmaOfWord(folded);
        if (IsKnown(folded)) return folded;

        // A phrase: prefer a known phrase made of the words' candidate lemmas ("coming home" → "come home").
        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var candidate in WordCandidates(words[i]))
            {
                var phrase = string.Join(' ', words.Select((w, j) => j == i ? candidate : w));
                if (IsKnown(phrase)) return phrase;
            }
        }
        for (var i = 0; i < words.Length; i++) words[i] = LemmaOfWord(words[i]);
        return string.Join(' ', words);
    }

    /// <summary>Derivationally related forms of <paramref name="folded"/> ("employ" → "employee", "employment", "employer").</summary>
    public IReadOnlyList<string> Derivations(string folded)
    {
        var value = _derivations.Find(folded);
        if (value.IsEmpty) return [];
        var result = new List<string>();
        foreach (var range in value.Split('|')) result.Add(value[range].ToString());
        return result;
    }

    /// <summary>Thesaurus entries of <paramref name="folded"/> with weights (at most <see cref="ThesaurusWeight"/>).</summary>
    public IReadOnlyList<(string Term, double Weight)> Related(string folded)
    {
        var result = new List<(string, double)>();
        AddRelated(_thesaurus.Find(folded), result);
        AddRelated(_extra.Find(folded), result);
        return result;
    }

    private static void AddRelated(ReadOnlySpan<char> value, List<(string, double)> result)
    {
        if (value.IsEmpty) return;
        foreach (var range in value.Split('|'))
        {
            var entry = value[range];
            var colon = entry.LastIndexOf(':');
            if (colon <= 0 || entry.Length < colon + 3) continue;
            var strength = entry[^1] - '0';
            if (strength is < 1 or > 9) continue;
            result.Add((entry[..colon].ToString(), ThesaurusWeight * (0.25 + 0.75 * strength / 9.0)));
        }
    }

    private string LemmaOfWord(string word)
    {
        if (word.Length < 3) return word;
        var irregular = _lemmas.Find(word);
        if (!irregular.IsEmpty) return irregular.ToString();
        if (IsKnown(word)) return word;
        foreach (var candidate in InflectionRules.Candidates(word))
        {
            if (IsKnown(candidate)) return candidate;
        }
        return word;
    }

    private IEnumerable<string> WordCandidates(string word)
    {
        var irregular = _lemmas.Find(word);
        if (!irregular.IsEmpty) yield return irregular.ToString();
        foreach (var candidate in InflectionRules.Candidates(word)) yield return candidate;
    }

    private static bool IsUseful(string term) => term.Length > 1 && !StopWords.IsStopWord(term);
}
