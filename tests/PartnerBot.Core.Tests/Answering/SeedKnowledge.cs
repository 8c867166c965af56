using PartnerBot.Core.Answering;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Language;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Answering;

/// <summary>The seed articles and the repository's configuration over a <see cref="FakePassageIndex"/>, read once per test run.</summary>
internal static class SeedKnowledge
{
    private static readonly Lazy<Corpus> s_corpus = new(() => CorpusLoader.Load(RepoPaths.Seeds));
    private static readonly Lazy<LanguageResources> s_language = new(() => LanguageResources.Load(RepoPaths.Config, CancellationToken.None));
    private static readonly Lazy<CompanyCatalog> s_companies = new(() => CompanyCatalog.Load(RepoPaths.Config, CancellationToken.None));

    public static Corpus Corpus => s_corpus.Value;

    public static LanguageResources Language => s_language.Value;

    public static CompanyCatalog Companies => s_companies.Value;

    /// <summary>A fresh knowledge base (engines are cheap over the fake index).</summary>
    public static KnowledgeBase Create(AnswerOptions? options = null) =>
        KnowledgeBase.Create(Corpus, new FakePassageIndexFactory(), ":memory:", Language, Companies, options: options);
}
