using PartnerBot.Core.Companies;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Turns the company and place names the catalogue finds in a question (canonical or alias, Latin or Chinese) into
/// query forms: the words the user wrote, the canonical name and the other aliases.
/// </summary>
internal sealed class AliasMatcher(CompanyCatalog catalog)
{
    /// <summary>Name matches in the question's tokens, longest first, never overlapping.</summary>
    public IEnumerable<AliasMatch> Find(IReadOnlyList<Token> tokens)
    {
        foreach (var mention in catalog.FindMentions(tokens))
        {
            var first = tokens[mention.TokenIndex];
            // A one-word alias that is also an ordinary stop word never counts ("one", "group").
            if (mention.TokenCount == 1 && first.Kind != TokenKind.Han && StopWords.IsStopWord(first.Text)) continue;
            var written = first.Kind == TokenKind.Han
                ? mention.CanonicalName
                : string.Join(' ', tokens.Skip(mention.TokenIndex).Take(mention.TokenCount).Select(t => t.Text));
            var aliases = mention.Company?.Aliases ?? mention.Place!.Aliases;
            yield return new AliasMatch(mention.TokenIndex, mention.TokenCount, mention.CanonicalName, Forms(written, mention.CanonicalName, aliases));
        }
    }

    private static List<QueryForm> Forms(string written, string name, IReadOnlyList<string> aliases)
    {
        var forms = new List<QueryForm> { QueryAnalyzer.Form(written, 1.0), QueryAnalyzer.Form(name, 1.0) };
        foreach (var alias in aliases)
        {
            // Chinese aliases cannot match English articles; the canonical name stands for them.
            if (!Tokenizer.Tokenize(alias).Any(t => t.Kind == TokenKind.Han)) forms.Add(QueryAnalyzer.Form(alias, QueryAnalyzer.AliasWeight));
        }
        return forms;
    }
}

/// <summary>A name found in a question: token range, canonical name, and its query forms.</summary>
internal sealed record AliasMatch(int Start, int Length, string Text, IReadOnlyList<QueryForm> Forms);
