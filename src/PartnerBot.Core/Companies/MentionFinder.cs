using PartnerBot.Core.Text;

namespace PartnerBot.Core.Companies;

/// <summary>Finds catalogue names in token sequences: longest token match first; Chinese names also inside Han runs.</summary>
internal sealed class MentionFinder
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly List<Entry> _hanNames = [];

    public MentionFinder(IEnumerable<Company> companies, IEnumerable<Place> places)
    {
        foreach (var company in companies)
        {
            foreach (var name in company.Names) Add(name, company, null);
        }
        foreach (var place in places)
        {
            foreach (var name in place.Names) Add(name, null, place);
        }
        foreach (var entries in _byFirstToken.Values) entries.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        _hanNames.Sort((a, b) => b.Tokens[0].Length.CompareTo(a.Tokens[0].Length));
    }

    public IReadOnlyList<Mention> Find(IReadOnlyList<Token> tokens)
    {
        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Han)
            {
                FindInHanRun(token.Text, i, mentions);
                i++;
                continue;
            }
            var match = Longest(tokens, i);
            if (match is null)
            {
                i++;
                continue;
            }
            mentions.Add(new Mention(i, match.Tokens.Length, match.Alias, match.Company, match.Place));
            i += match.Tokens.Length;
        }
        return mentions;
    }

    private Entry? Longest(IReadOnlyList<Token> tokens, int index)
    {
        if (!_byFirstToken.TryGetValue(tokens[index].Text, out var entries)) return null;
        foreach (var entry in entries)
        {
            if (index + entry.Tokens.Length > tokens.Count) continue;
            var all = true;
            for (var k = 1; k < entry.Tokens.Length && all; k++) all = tokens[index + k].Text == entry.Tokens[k];
            if (all) return entry;
        }
        return null;
    }

    private void FindInHanRun(string run, int tokenIndex, List<Mention> mentions)
    {
        var covered = new bool[run.Length];
        foreach (var entry in _hanNames)
        {
            var name = entry.Tokens[0];
            for (var at = run.IndexOf(name, StringComparison.Ordinal); at >= 0; at = run.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (covered.AsSpan(at, name.Length).Contains(true)) continue;
                covered.AsSpan(at, name.Length).Fill(true);
                mentions.Add(new Mention(tokenIndex, 1, entry.Alias, entry.Company, entry.Place));
            }
        }
    }

    private void Add(string alias, Company? company, Place? place)
    {
        var tokens = Tokenizer.Tokenize(alias);
        if (tokens.Count == 0) return;
        var entry = new Entry([.. tokens.Select(t => t.Text)], alias, company, place);
        if (tokens.Count == 1 && tokens[0].Kind == TokenKind.Han)
        {
            if (!_hanNames.Any(existing => existing.Tokens[0] == entry.Tokens[0])) _hanNames.Add(entry);
            return;
        }
        if (!_byFirstToken.TryGetValue(entry.Tokens[0], out var list)) _byFirstToken[entry.Tokens[0]] = list = [];
        if (!list.Any(existing => existing.Tokens.SequenceEqual(entry.Tokens))) list.Add(entry);
    }

    private sealed record Entry(string[] Tokens, string Alias, Company? Company, Place? Place);
}
