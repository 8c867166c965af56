using PartnerBot.Core.Articles;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Search;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Finds every passage that mentions a company or one of its aliases, grouped by article, passages with figures
/// first. An unknown name gets the closest known names instead.
/// </summary>
public sealed class CompanyLookup
{
    private const int MaxPassages = 200;
    private readonly Corpus _corpus;
    private readonly IPassageIndex _index;
    private readonly CompanyCatalog _catalog;
    private readonly int _snippetLength;

    public CompanyLookup(Corpus corpus, IPassageIndex index, CompanyCatalog catalog, int snippetLength = 300)
    {
        _corpus = corpus ?? throw new ArgumentNullException(nameof(corpus));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _snippetLength = snippetLength;
    }

    public CompanyReport Lookup(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var company = _catalog.Find(name);
        if (company is null)
        {
            return new CompanyReport(name, null, [], _catalog.Closest(name, 5).Select(c => c.Name).ToList());
        }
        var forms = new[] { company.Name }.Concat(company.Aliases)
            .Select(a => QueryAnalyzer.Form(a, 1.0))
            .Where(f => f.Stems.Length > 0)
            .ToList();
        var concept = new QueryConcept(company.Name, forms, 1.0, InCorpus: true);
        var query = new AnalyzedQuery(name, [concept], AnswerType.Any, null);
        var terms = forms.Select(f => new QueryTerm(f.Text)).DistinctBy(t => t.Text).ToList();
        var hits = _index.Search(new IndexQuery(terms, MaxPassages), cancellationToken);

        var mentions = new List<(RankedPassage Ranked, bool HasFigure)>();
        foreach (var hit in hits)
        {
            if ((uint)hit.PassageId >= (uint)_corpus.Passages.Count) continue;
            var passage = _corpus.Passages[hit.PassageId];
            var text = TokenizedText.Create(passage.Text);
            var matches = ConceptMatches.Find(query, text);
            if (matches.Hits.Count == 0) continue;
            var ranked = new RankedPassage(passage, text, matches, matches.BestWeight, 1.0, hit.Score);
            mentions.Add((ranked, text.Tokens.Any(t => t.IsNumeric)));
        }

        var groups = mentions
            .GroupBy(m => m.Ranked.Passage.Article)
            .OrderByDescending(g => g.Key.Date ?? DateOnly.MinValue)
            .ThenBy(g => g.Key.SourceFile, StringComparer.Ordinal)
            .Select(g => new CompanyMention(
                g.Key,
                g.OrderByDescending(m => m.HasFigure)
                    .ThenBy(m => m.Ranked.Passage.Position)
                    .Select(m => Snippets.Cite(query, m.Ranked, null, _snippetLength))
                    .ToList()))
            .ToList();
        return new CompanyReport(name, company, groups, []);
    }
}
