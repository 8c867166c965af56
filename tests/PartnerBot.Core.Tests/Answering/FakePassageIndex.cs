using PartnerBot.Core.Articles;
using PartnerBot.Core.Search;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Answering;

/// <summary>
/// A naive in-memory <see cref="IPassageIndex"/> for Core tests (Core tests may not reference PartnerBot.Search):
/// a passage scores the weights of the query terms whose every word (by Porter stem) it contains.
/// </summary>
internal sealed class FakePassageIndex : IPassageIndex
{
    private readonly Corpus _corpus;
    private readonly List<HashSet<string>> _stems = [];

    public FakePassageIndex(Corpus corpus)
    {
        _corpus = corpus;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var passage in corpus.Passages)
        {
            var tokens = Tokenizer.Tokenize(passage.Text);
            foreach (var word in tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal))
            {
                vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
            }
            _stems.Add(tokens.Select(t => PorterStemmer.Stem(t.Text)).ToHashSet(StringComparer.Ordinal));
        }
        Vocabulary = vocabulary;
        Statistics = new IndexStatistics(corpus.Articles.Count, corpus.Passages.Count, vocabulary.Count,
            DateTimeOffset.UnixEpoch, Reused: false, BuildSeconds: 0, ":memory:");
    }

    public IndexStatistics Statistics { get; }

    public IReadOnlyDictionary<string, int> Vocabulary { get; }

    /// <summary>Every query received, for assertions on what reaches the index.</summary>
    public List<IndexQuery> Queries { get; } = [];

    public IReadOnlyList<SearchHit> Search(IndexQuery query, CancellationToken cancellationToken = default)
    {
        lock (Queries) Queries.Add(query);
        var hits = new List<SearchHit>();
        for (var id = 0; id < _corpus.Passages.Count; id++)
        {
            double score = 0;
            foreach (var term in query.Terms)
            {
                var stems = Tokenizer.Tokenize(term.Text).Select(t => PorterStemmer.Stem(t.Text)).ToList();
                if (stems.Count > 0 && stems.All(_stems[id].Contains)) score += term.Weight * stems.Count;
            }
            if (score > 0) hits.Add(new SearchHit(id, score));
        }
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.PassageId).Take(query.Limit).ToList();
    }

    public void Dispose()
    {
    }
}
