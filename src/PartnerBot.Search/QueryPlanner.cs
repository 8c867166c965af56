using System.Text;
using PartnerBot.Core.Search;

namespace PartnerBot.Search;

/// <summary>
/// Turns an <see cref="IndexQuery"/> into FTS5 match expressions: words are re-tokenised and emitted as quoted
/// phrases, grouped by weight; common words are left out when rarer ones are present.
/// </summary>
/// <remarks>
/// FTS5's bm25() costs about a microsecond for every row that matches (it looks up each row's column sizes),
/// so the cost of a query is the number of rows it matches. Hence: words in more than
/// <see cref="SqliteSearchOptions.CommonTermFraction"/> of the passages are dropped when a rarer word is present;
/// the phrases of a group are first ANDed (few rows, and the best ones); only when that finds too few does an
/// OR of the rarest phrases run, taking phrases rarest first while their estimated rows stay within
/// <see cref="SqliteSearchOptions.RowBudget"/>.
/// </remarks>
internal sealed class QueryPlanner(FrequencyEstimator frequencies, int passages, SqliteSearchOptions options)
{
    /// <summary>Upper bound on phrases per query: more cannot help ranking and only costs time.</summary>
    public const int MaxPhrases = 24;

    private const int MaxWordsPerPhrase = 8;
    private const int MaxCommonAnded = 3;

    private readonly double _commonThreshold =
        Math.Max(options.CommonTermFraction * passages, options.CommonTermMinimumPassages);

    public IReadOnlyList<MatchGroup> Plan(IndexQuery? query)
    {
        if (query?.Terms is not { Count: > 0 } terms) return [];

        // phrase text -> (best weight, estimated passages matching); phrase text -> concept (alternatives share one)
        var phrases = new Dictionary<string, (double Weight, int Frequency)>(StringComparer.Ordinal);
        var concepts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term is null || double.IsNaN(term.Weight) || term.Weight <= 0) continue;
            var words = WordSplitter.Split(term.Text);
            if (words.Count == 0) continue;
            if (words.Count > MaxWordsPerPhrase) words.RemoveRange(MaxWordsPerPhrase, words.Count - MaxWordsPerPhrase);

            var phrase = words.Count == 1 ? words[0] : string.Join(' ', words);
            var weight = Math.Round(Math.Min(term.Weight, 10.0), 2);
            var frequency = int.MaxValue;
            foreach (var word in words) frequency = Math.Min(frequency, frequencies.Estimate(word));
            if (term.Concept >= 0) concepts.TryAdd(phrase, term.Concept);
            phrases[phrase] = phrases.TryGetValue(phrase, out var seen)
                ? (Math.Max(seen.Weight, weight), frequency)
                : (weight, frequency);
            if (phrases.Count >= MaxPhrases) break;
        }
        if (phrases.Count == 0) return [];

        var rare = new List<KeyValuePair<string, (double Weight, int Frequency)>>(phrases.Count);
        foreach (var entry in phrases)
        {
            if (entry.Value.Frequency <= _commonThreshold) rare.Add(entry);
        }
        if (rare.Count == 0) return [CommonGroup(phrases, passages, options)];

        // Groups by weight, highest first; in each group rarest first, ties by phrase.
        rare.Sort(static (a, b) =>
            a.Value.Weight != b.Value.Weight ? b.Value.Weight.CompareTo(a.Value.Weight)
            : a.Value.Frequency != b.Value.Frequency ? a.Value.Frequency.CompareTo(b.Value.Frequency)
            : string.CompareOrdinal(a.Key, b.Key));
        var groups = new List<MatchGroup>();
        for (var start = 0; start < rare.Count;)
        {
            var end = start + 1;
            while (end < rare.Count && rare[end].Value.Weight == rare[start].Value.Weight) end++;
            groups.Add(RareGroup(rare[start].Value.Weight, rare.GetRange(start, end - start), phrases, concepts));
            start = end;
        }
        return groups;
    }

    private MatchGroup RareGroup(
        double weight,
        List<KeyValuePair<string, (double Weight, int Frequency)>> sorted,
        Dictionary<string, (double Weight, int Frequency)> phrases,
        Dictionary<string, int> concepts)
    {
        var all = new List<string>(sorted.Count);
        foreach (var entry in sorted) all.Add(entry.Key);
        // Alternatives of one concept are ORed inside the conjunction: ("alibaba" OR "alicloud") AND "payment".
        // They are listed in the order of each concept's first (rarest) phrase.
        var alternatives = new List<List<string>>(all.Count);
        Dictionary<int, List<string>>? byConcept = null;
        foreach (var phrase in all)
        {
            if (concepts.TryGetValue(phrase, out var concept))
            {
                byConcept ??= [];
                if (byConcept.TryGetValue(concept, out var list))
                {
                    list.Add(phrase);
                    continue;
                }
                byConcept[concept] = list = [phrase];
                alternatives.Add(list);
            }
            else
            {
                alternatives.Add([phrase]);
            }
        }
        string? conjunction = null;
        if (alternatives.Count > 1)
        {
            var expression = new StringBuilder();
            foreach (var alternative in alternatives)
            {
                if (expression.Length > 0) expression.Append(" AND ");
                if (alternative.Count == 1) Append(expression, alternative, " OR ");
                else Append(expression.Append('('), alternative, " OR ").Append(')');
            }
            conjunction = expression.ToString();
        }
        var budgeted = new List<string>();
        long rows = 0;
        foreach (var (phrase, (_, frequency)) in sorted)
        {
            if (budgeted.Count > 0 && rows + frequency > options.RowBudget) break;
            budgeted.Add(phrase);
            rows += frequency;
        }
        // The conjunction can match no more passages than its rarest concept (alternatives summed).
        var bound = long.MaxValue;
        var inOrder = true;
        var at = 0;
        foreach (var alternative in alternatives)
        {
            long rowsOfConcept = 0;
            foreach (var phrase in alternative)
            {
                rowsOfConcept += phrases[phrase].Frequency;
                inOrder &= all[at++] == phrase;
            }
            bound = Math.Min(bound, rowsOfConcept);
        }
        return new MatchGroup(weight, conjunction, Join(budgeted, " OR "), all,
            DisjunctionHoldsConjunction: conjunction is not null && inOrder && budgeted.Count == all.Count,
            ConjunctionBound: bound);
    }

    /// <summary>
    /// Every word is common: AND the rarest of the best-weighted ones so few rows are scored; when even their
    /// passage lists are too long to walk for bm25()'s statistics, take the matches unranked.
    /// </summary>
    private static MatchGroup CommonGroup(Dictionary<string, (double Weight, int Frequency)> phrases, int passages, SqliteSearchOptions options)
    {
        var topWeight = phrases.Max(p => p.Value.Weight);
        var anded = phrases
            .Where(p => p.Value.Weight == topWeight)
            .OrderBy(p => p.Value.Frequency)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxCommonAnded)
            .ToList();
        var names = anded.Select(p => p.Key).ToList();
        var rows = anded.Sum(p => (long)p.Value.Frequency);
        double? unranked = rows <= options.CommonRowLimit ? null : anded.Sum(p => SingleOccurrenceScore(p.Value.Frequency, passages));
        return new MatchGroup(
            topWeight, names.Count > 1 ? Join(names, " AND ") : null, Join([names[0]], " OR "), names,
            OnlyCommonWords: true, UnrankedScore: unranked);
    }

    /// <summary>What FTS5's bm25() gives one occurrence of a term in a passage of length 0 (see <see cref="LengthNormalization"/>).</summary>
    internal static double SingleOccurrenceScore(int frequency, int passages)
    {
        var idf = Math.Max(1e-6, Math.Log((passages - frequency + 0.5) / (frequency + 0.5)));
        return idf * (1.2 + 1) / (1 + 1.2 * (1 - 0.75));
    }

    /// <summary>Quotes each phrase as an FTS5 string (embedded quotes doubled) and joins them.</summary>
    internal static string Join(IReadOnlyList<string> phrases, string separator) =>
        Append(new StringBuilder(), phrases, separator).ToString();

    private static StringBuilder Append(StringBuilder expression, IReadOnlyList<string> phrases, string separator)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (i > 0) expression.Append(separator);
            expression.Append('"').Append(phrases[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return expression;
    }
}
