using System.Globalization;
using System.Text;
using PartnerBot.Core;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Companies;
using PartnerBot.Core.Language;
using PartnerBot.Search;

namespace PartnerBot.Tests.FactOfTheDay;

/// <summary>A knowledge base over one small article whose every sentence is a fact candidate.</summary>
internal static class TestKnowledge
{
    public static KnowledgeBase Create(int facts)
    {
        var text = new StringBuilder("Leeds and Hangzhou agreements\n\n12 March 2020\n\n");
        for (var i = 1; i <= facts; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Leeds City Region signed agreement number {i} with Hangzhou partners worth {i * 3} million pounds in 2019.\n\n");
        }
        var corpus = CorpusLoader.Load([("agreements.md", Encoding.UTF8.GetBytes(text.ToString()))]);
        return KnowledgeBase.Create(corpus, new SqlitePassageIndexFactory(), ":memory:",
            LanguageResources.FromText("", "", ""), CompanyCatalog.FromJson("""{"companies":[],"places":[]}"""));
    }

    public static StaticKnowledgeSource Source(int facts) => new(Create(facts));
}
