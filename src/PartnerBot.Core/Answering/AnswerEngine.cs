using System.Collections.Concurrent;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Search;

namespace PartnerBot.Core.Answering;

/// <summary>
/// Answers questions from the indexed articles: analyse the question, fetch candidate passages, re-rank them by
/// how much of the question they cover and how close together, pick the answer sentence(s), cite the passages —
/// or abstain when the articles do not answer it.
/// </summary>
/// <remarks>Thread-safe: the corpus, index and analyser are immutable, and the token cache is concurrent.</remarks>
public sealed partial class AnswerEngine : IAnswerEngine
{
    private const double SectionFactor = 0.7;
    private const double TitleFactor = 0.5;
    private const double NeighbourFactor = 0.5;
    private const double OwnWeight = 0.8;
    private const double RelatedWeight = 0.5;
    private const double LooseWeight = 0.3;
    private const int ExpansionsPerConcept = 3;
    private const int NeighbourChecked = 5;
    private const double CentralShare = 0.25;
    internal const double WeakEvidence = 0.5;

    private readonly Corpus _corpus;
    private readonly IPassageIndex _index;
    private readonly QueryAnalyzer _analyzer;
    private readonly AnswerOptions _options;
    private readonly SentencePicker _picker;
    private readonly Lazy<IReadOnlyList<(string Title, HashSet<string> Stems)>> _titles;
    private readonly ConcurrentDictionary<int, TokenizedText> _passageTokens = new();
    private readonly ConcurrentDictionary<string, TokenizedText> _headingTokens = new(StringComparer.Ordinal);
    private readonly AnswerCache _cache;

    public AnswerEngine(Corpus corpus, IPassageIndex index, QueryAnalyzer analyzer, AnswerOptions? options = null)
    {
        _corpus = corpus ?? throw new ArgumentNullException(nameof(corpus));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _options = options ?? new AnswerOptions();
        _picker = new SentencePicker(_options);
        _cache = new AnswerCache(_options.CacheSize);
        _titles = new Lazy<IReadOnlyList<(string, HashSet<string>)>>(() => NotCovered.Titles(corpus));
    }

    public Answer Ask(string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        if (_options.CacheSize <= 0) return Compute(question, cancellationToken);
        var key = AnswerCache.Key(question);
        if (_cache.TryGet(key, out var cached)) return cached.Question == question ? cached : cached with { Question = question };
        var answer = Compute(question, cancellationToken);
        _cache.Add(key, answer);
        return answer;
    }

    private Answer Compute(string question, CancellationToken cancellationToken)
    {
        var query = _analyzer.Analyze(question.Trim());
        if (query.Concepts.Count == 0) return Abstain(query);

        if (Missing(query, best: null) >= _options.MaxMissingShare) return Abstain(query);

        var ranked = Rank(query, cancellationToken);
        if (ranked.Count == 0 || ranked[0].Coverage < _options.MinCoverage) return Abstain(query);
        if (Missing(query, ranked[0]) >= _options.MaxMissingShare) return Abstain(query);

        var pick = _picker.Pick(query, ranked);
        var cited = new List<RankedPassage> { pick.Source };
        var wanted = _options.MaxCitations + _options.MaxMoreCitations;
        foreach (var candidate in ranked)
        {
            if (cited.Count >= wanted) break;
            if (candidate != pick.Source && candidate.Coverage >= _options.MinCoverage * 0.8) cited.Add(candidate);
        }
        var citations = cited.Select(c => Snippets.Cite(query, c, c == pick.Source ? pick.Range : null, _options.MaxSnippetLength)).ToList();
        return new Answer(
            question,
            pick.Text,
            Abstained: false,
            query.Corrected,
            citations.Take(_options.MaxCitations).ToList(),
            citations.Skip(_options.MaxCitations).Take(_options.MaxMoreCitations).ToList(),
            Suggestions: []);
    }

    /// <summary>
    /// Share (IDF-weighted) of the question the articles are silent on. A concept whose own word occurs somewhere
    /// is present; one known only through related words (a paraphrase: "staff" for "employs") is present when one
    /// of those words occurs in the passage the answer would come from — a weak synonym somewhere else in the
    /// corpus is no evidence. A central concept (see <see cref="IsCentral"/>) must be in that passage or next to it.
    /// </summary>
    private static double Missing(AnalyzedQuery query, RankedPassage? best)
    {
        if (query.TotalIdf <= 0) return 1;
        double missing = 0;
        for (var c = 0; c < query.Concepts.Count; c++)
        {
            var concept = query.Concepts[c];
            if (!concept.InCorpus) missing += concept.Idf;
            else if (best is null) continue;
            else if (concept.Presence < 1 && best.ContextWeight[c] <= 0) missing += concept.Idf;
            else if (IsCentral(query, c) && best.ContextWeight[c] <= 0) missing += concept.Idf;
        }
        return missing / query.TotalIdf;
    }

    private List<RankedPassage> Rank(AnalyzedQuery query, CancellationToken cancellationToken)
    {
        var hits = _index.Search(new IndexQuery(IndexTerms(query), _options.Candidates), cancellationToken);
        if (hits.Count == 0) return [];
        var topScore = hits.Max(h => h.Score);
        var ranked = new List<RankedPassage>(hits.Count);
        foreach (var hit in hits)
        {
            if ((uint)hit.PassageId >= (uint)_corpus.Passages.Count) continue;
            var passage = _corpus.Passages[hit.PassageId];
            var text = Tokens(passage);
            var body = ConceptMatches.Find(query, text);
            var context = (double[])body.BestWeight.Clone();
            Raise(context, query, passage.Section, SectionFactor);
            Raise(context, query, passage.Article.Title, TitleFactor);
            ranked.Add(Score(query, passage, text, body, context, topScore > 0 ? Math.Max(0, hit.Score) / topScore : 0));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));

        // A paragraph often leans on its neighbours ("in December 2019" said just before): they count, less.
        // Only the leading candidates are worth the extra matching.
        for (var i = 0; i < Math.Min(NeighbourChecked, ranked.Count); i++)
        {
            var r = ranked[i];
            var context = (double[])r.ContextWeight.Clone();
            foreach (var neighbour in new[] { r.Passage.Id - 1, r.Passage.Id + 1 })
            {
                if ((uint)neighbour < (uint)_corpus.Passages.Count && _corpus.Passages[neighbour].Article == r.Passage.Article)
                {
                    Raise(context, ConceptMatches.Find(query, Tokens(_corpus.Passages[neighbour])), NeighbourFactor);
                }
            }
            ranked[i] = Score(query, r.Passage, r.Text, r.Body, context, r.Relevance);
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    private static RankedPassage Score(AnalyzedQuery query, Passage passage, TokenizedText text, ConceptMatches body, double[] context, double relevance)
    {
        var coverage = Coverage(query, context);
        var window = body.SmallestWindow();
        var found = body.BestWeight.Count(w => w > 0);
        var proximity = window == int.MaxValue ? 0 : 1.0 / (1 + (Math.Max(0, window - found) / 8.0));
        return new RankedPassage(passage, text, body, context, coverage, coverage + (0.15 * proximity) + (0.05 * relevance), relevance);
    }

    /// <summary>
    /// What to ask the index for: every concept's own words and names at full weight, and, for a concept whose own
    /// word the articles never use ("staff"), its few strongest related forms ("employs") at one lower weight.
    /// Re-ranking sees every form with its own weight; the index only has to find candidates, and each distinct
    /// weight costs it another query.
    /// </summary>
    private static List<QueryTerm> IndexTerms(AnalyzedQuery query)
    {
        var own = new List<QueryTerm>();
        var related = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < query.Concepts.Count; c++)
        {
            var concept = query.Concepts[c];
            var expansions = 0;
            foreach (var form in concept.Forms)
            {
                if (form.Weight >= OwnWeight)
                {
                    if (seen.Add(form.Text)) own.Add(new QueryTerm(form.Text, 1.0, c));
                }
                else if (NeedsRelatedForms(concept) && form.Weight >= LooseWeight && expansions < ExpansionsPerConcept && seen.Add(form.Text))
                {
                    related.Add(new QueryTerm(form.Text, RelatedWeight, c));
                    expansions++;
                }
            }
        }
        own.AddRange(related);
        return own;
    }

    /// <summary>
    /// A name carrying a large part of the question: a passage that lacks it altogether is about something else
    /// ("Did Alibaba open an office in Leeds?" is not answered by Dahua's office). Ordinary words are often
    /// paraphrased ("achieve" for "gain"), so only names count.
    /// </summary>
    internal static bool IsCentral(AnalyzedQuery query, int concept) =>
        query.Concepts[concept].IsName && query.Concepts[concept].Idf >= CentralShare * query.TotalIdf;

    /// <summary>
    /// A concept needs its related forms searched when its own word is absent, or when it is a phrase ("coming
    /// home"): the words of a phrase may each occur while the phrase itself never does.
    /// </summary>
    private static bool NeedsRelatedForms(QueryConcept concept) => concept.Presence < 1 || concept.Forms[0].Stems.Length > 1;

    private TokenizedText Tokens(Passage passage) =>
        _passageTokens.GetOrAdd(passage.Id, static (_, p) => TokenizedText.Create(p.Text), passage);

    private void Raise(double[] weights, AnalyzedQuery query, string? heading, double factor)
    {
        if (string.IsNullOrWhiteSpace(heading)) return;
        Raise(weights, ConceptMatches.Find(query, _headingTokens.GetOrAdd(heading, TokenizedText.Create)), factor);
    }

    private static void Raise(double[] weights, ConceptMatches matches, double factor)
    {
        for (var c = 0; c < weights.Length; c++) weights[c] = Math.Max(weights[c], matches.BestWeight[c] * factor);
    }

    private static double Coverage(AnalyzedQuery query, double[] weights)
    {
        double sum = 0;
        for (var c = 0; c < weights.Length; c++) sum += query.Concepts[c].Idf * weights[c];
        return query.TotalIdf > 0 ? sum / query.TotalIdf : 0;
    }

    private Answer Abstain(AnalyzedQuery query) =>
        new(query.Question, NotCovered.Message(query), Abstained: true, query.Corrected, [], [], NotCovered.Suggestions(query, _titles.Value));
}
