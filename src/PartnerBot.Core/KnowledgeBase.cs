using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Facts;
using PartnerBot.Core.Language;
using PartnerBot.Core.Search;

namespace PartnerBot.Core;

/// <summary>
/// One consistent snapshot of everything the bot knows: the corpus, its index, and the engines built on them.
/// A rebuild makes a new snapshot and swaps it in whole, so a question never sees half of each.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private KnowledgeBase(
        Corpus corpus,
        IPassageIndex index,
        CompanyCatalog companies,
        IAnswerEngine answers,
        CompanyLookup companyLookup,
        FactSchedule facts)
    {
        Corpus = corpus;
        Index = index;
        Companies = companies;
        Answers = answers;
        CompanyLookup = companyLookup;
        Facts = facts;
    }

    public Corpus Corpus { get; }

    public IPassageIndex Index { get; }

    public CompanyCatalog Companies { get; }

    public IAnswerEngine Answers { get; }

    public CompanyLookup CompanyLookup { get; }

    public FactSchedule Facts { get; }

    /// <summary>Opens (or builds) the index for <paramref name="corpus"/> and wires the engines over it.</summary>
    public static KnowledgeBase Create(
        Corpus corpus,
        IPassageIndexFactory indexFactory,
        string dataDirectory,
        LanguageResources language,
        CompanyCatalog companies,
        IReadOnlyList<Fact>? extraFacts = null,
        AnswerOptions? options = null,
        CancellationToken cancellationToken = default,
        FactRules? factRules = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(indexFactory);
        var index = indexFactory.Open(corpus, dataDirectory, cancellationToken);
        try
        {
            var analyzer = new QueryAnalyzer(new TermStatistics(index), language, companies);
            var answers = new AnswerEngine(corpus, index, analyzer, options);
            var lookup = new CompanyLookup(corpus, index, companies, (options ?? new AnswerOptions()).MaxSnippetLength);
            var facts = FactExtractor.Extract(corpus).Concat(extraFacts ?? []).ToList();
            return new KnowledgeBase(corpus, index, companies, answers, lookup, (factRules ?? FactRules.None).Apply(facts));
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public void Dispose() => Index.Dispose();
}
