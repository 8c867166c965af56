using PartnerBot.Core.Companies;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Finds company and place names (canonical or alias, Latin or Chinese) in a question, longest first, and turns
/// each into query forms: the words the user wrote, the canonical name and the other aliases.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly List<(string[] Words, Entry Entry)> _latin = [];
    private readonly List<(string Text, Entry Entry)> _cjk = [];

    public AliasMatcher(CompanyCatalog catalog)
    {
        var entries = catalog.Companies.SelectMany(c => c.Names.Select(n => (Alias: n, c.Name, All: c.Aliases)))
            .Concat(catalog.Places.SelectMany(p => p.Names.Select(n => (Alias: n, p.Name, All: p.Aliases))));
        foreach (var (alias, name, all) in entries)
        {
            var entry = new Entry(name, all);
            var folded = TextNormalizer.Fold(alias);
            if (folded.Any(IsCjk))
            {
                _cjk.Add((folded.Replace(" ", string.Empty, StringComparison.Ordinal), entry));
            }
            else
            {
                var words = Tokenizer.Tokenize(folded).Select(t => t.Text).ToArray();
                if (words.Length > 0) _latin.Add((words, entry));
            }
        }
        _latin.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Non-overlapping alias matches in the question, in the order found.</summary>
    public IEnumerable<AliasMatch> Find(string question, string[] words)
    {
        var taken = new bool[words.Length];
        foreach (var (aliasWords, entry) in _latin)
        {
            for (var i = 0; i + aliasWords.Length <= words.Length; i++)
            {
                if (!Matches(words, i, aliasWords, taken)) continue;
                for (var k = 0; k < aliasWords.Length; k++) taken[i + k] = true;
                yield return new AliasMatch(i, aliasWords.Length, entry.Name, Forms(string.Join(' ', aliasWords), entry));
            }
        }
        var folded = TextNormalizer.Fold(question).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var (text, entry) in _cjk)
        {
            if (!folded.Contains(text, StringComparison.Ordinal)) continue;
            var index = Array.FindIndex(words, w => !string.IsNullOrEmpty(w) && w.Contains(text, StringComparison.Ordinal));
            if (index >= 0 && taken[index]) continue;
            if (index >= 0) taken[index] = true;
            yield return new AliasMatch(Math.Max(index, 0), index >= 0 ? 1 : 0, entry.Name, Forms(entry.Name, entry));
        }
    }

    private static bool Matches(string[] words, int at, string[] alias, bool[] taken)
    {
        for (var k = 0; k < alias.Length; k++)
        {
            if (taken[at + k] || !string.Equals(words[at + k], alias[k], StringComparison.Ordinal)) return false;
        }
        // A one-word alias that is also an ordinary stop word never counts ("one", "group").
        return alias.Length > 1 || !StopWords.IsStopWord(alias[0]);
    }

    private static List<QueryForm> Forms(string written, Entry entry)
    {
        var forms = new List<QueryForm> { QueryAnalyzer.Form(written, 1.0), QueryAnalyzer.Form(entry.Name, 1.0) };
        foreach (var alias in entry.Aliases)
        {
            if (!TextNormalizer.Fold(alias).Any(IsCjk)) forms.Add(QueryAnalyzer.Form(alias, QueryAnalyzer.AliasWeight));
        }
        return forms;
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    private sealed record Entry(string Name, IReadOnlyList<string> Aliases);
}

/// <summary>A name found in a question: token range, canonical name, and its query forms.</summary>
internal sealed record AliasMatch(int Start, int Length, string Text, IReadOnlyList<QueryForm> Forms);
