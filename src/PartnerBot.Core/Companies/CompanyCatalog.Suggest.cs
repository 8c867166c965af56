using PartnerBot.Core.Text;

namespace PartnerBot.Core.Companies;

/// <summary>Autocomplete and "did you mean" over company names and aliases.</summary>
public sealed partial class CompanyCatalog
{
    /// <summary>Autocomplete: name or alias prefix matches first, then word-start matches, then near-miss spellings.</summary>
    /// <remarks>
    /// Near misses compare the typed text with the same-length start of each name, word and alias, allowing one edit
    /// from 4 characters and two from 7 ("hisnese" → Hisense). Within each tier, companies come in name order.
    /// An empty prefix gives the first <paramref name="max"/> companies alphabetically.
    /// </remarks>
    public IReadOnlyList<Company> Suggest(string prefix, int max = 25)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (max <= 0) return [];
        var key = NameKey.Of(prefix);
        if (key.Length == 0) return [.. Companies.Take(max)];

        var result = new List<Company>(max);
        var seen = new HashSet<Company>(ReferenceEqualityComparer.Instance);
        void AddTier(Func<string, bool> matches)
        {
            foreach (var company in Companies)
            {
                if (result.Count >= max) return;
                if (seen.Contains(company)) continue;
                if (KeysOf(company).Any(matches) && seen.Add(company)) result.Add(company);
            }
        }

        AddTier(candidate => candidate.StartsWith(key, StringComparison.Ordinal));
        AddTier(candidate => WordStarts(candidate).Any(start => candidate.AsSpan(start).StartsWith(key, StringComparison.Ordinal)));
        var allowed = AllowedEdits(key.Length);
        if (allowed > 0)
        {
            AddTier(candidate => WordStarts(candidate).Any(start => IsNearPrefix(key, candidate.AsSpan(start), allowed)));
        }
        return result;
    }

    /// <summary>The <paramref name="max"/> companies whose names or aliases are closest in spelling to <paramref name="name"/> (for "not found — did you mean").</summary>
    public IReadOnlyList<Company> Closest(string name, int max)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (max <= 0) return [];
        var key = NameKey.Stripped(NameKey.Of(name));
        if (key.Length == 0) return [];

        var best = new Dictionary<Company, double>(ReferenceEqualityComparer.Instance);
        foreach (var (candidateKey, company) in _companyKeys)
        {
            var score = Distance(key, candidateKey);
            foreach (var start in WordStarts(candidateKey))
            {
                // A name typed by one of its words ("Geely" for "Zhejiang Geely Holding Group") counts almost as a full match.
                if (start > 0) score = Math.Min(score, 0.05 + Distance(key, candidateKey[start..]));
            }
            if (!best.TryGetValue(company, out var existing) || score < existing) best[company] = score;
        }
        return [.. best
            .OrderBy(pair => pair.Value)
            .ThenBy(pair => pair.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .Select(pair => pair.Key)];
    }

    /// <summary>Normalised edit distance, 0 (same) to 1; prefix-shaped differences ("hisense uk") count half.</summary>
    private static double Distance(string a, string b)
    {
        var length = Math.Max(a.Length, b.Length);
        var full = EditDistance.Compute(a, b) / (double)length;
        var shorter = Math.Min(a.Length, b.Length);
        var prefix = (EditDistance.Compute(a.AsSpan(0, shorter), b.AsSpan(0, shorter)) + 0.5 * (length - shorter)) / length;
        return Math.Min(full, prefix);
    }

    private string[] KeysOf(Company company) => _keysByCompany[company];

    private static int AllowedEdits(int length) => length switch
    {
        < 4 => 0,
        < 7 => 1,
        _ => 2,
    };

    private static bool IsNearPrefix(string typed, ReadOnlySpan<char> candidate, int allowed)
    {
        // Compare with the candidate's start of the same length, and one longer or shorter (a missed or extra letter).
        for (var delta = -1; delta <= 1; delta++)
        {
            var length = typed.Length + delta;
            if (length <= 0 || length > candidate.Length) continue;
            if (EditDistance.Compute(typed, candidate[..length], allowed) <= allowed) return true;
        }
        return false;
    }

    private static IEnumerable<int> WordStarts(string key)
    {
        yield return 0;
        for (var i = key.IndexOf(' '); i >= 0; i = key.IndexOf(' ', i + 1)) yield return i + 1;
    }
}
