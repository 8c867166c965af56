namespace PartnerBot.Core.Language;

/// <summary>Regular English inflection rules (WordNet's "morphy" detachment rules plus doubled consonants).</summary>
internal static class InflectionRules
{
    /// <summary>Suffix → replacement, tried in order; the first candidate the vocabulary knows wins.</summary>
    private static readonly (string Suffix, string Replacement)[] s_rules =
    [
        ("ies", "y"), ("sses", "ss"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
        ("men", "man"), ("es", "e"), ("es", ""), ("s", ""),
        ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
        ("iest", "y"), ("ier", "y"), ("est", "e"), ("est", ""), ("er", "e"), ("er", ""),
    ];

    /// <summary>Candidate lemmas of <paramref name="word"/>, most likely first (the word itself not included).</summary>
    public static IEnumerable<string> Candidates(string word)
    {
        foreach (var (suffix, replacement) in s_rules)
        {
            if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            yield return stem + replacement;
            // "running" → "runn" → "run", "bigger" → "big".
            if (replacement.Length == 0 && suffix is "ed" or "ing" or "er" or "est"
                && stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e' or 'o'))
            {
                yield return stem[..^1];
            }
        }
    }
}
