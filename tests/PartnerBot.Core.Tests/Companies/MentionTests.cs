using PartnerBot.Core.Companies;
using PartnerBot.Core.Text;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Companies;

public sealed class MentionTests
{
    private static readonly Lazy<CompanyCatalog> s_catalog = new(() => CompanyCatalog.Load(RepoPaths.Config, CancellationToken.None));

    private static IReadOnlyList<Mention> Mentions(string text) => s_catalog.Value.FindMentions(Tokenizer.Tokenize(text));

    [Fact]
    public void FindMentions_LongestNameWins()
    {
        var mentions = Mentions("Led by the Leeds City Region Enterprise Partnership, the delegation visited Leeds.");

        Assert.Equal(["Leeds City Region Enterprise Partnership", "Leeds"], mentions.Select(m => m.CanonicalName));
        Assert.Equal(5, mentions[0].TokenCount);
        Assert.NotNull(mentions[0].Company);
        Assert.NotNull(mentions[1].Place);
    }

    [Fact]
    public void FindMentions_AliasAndPossessive_CanonicalCompany()
    {
        var mentions = Mentions("What is Zhejiang Geely Holding Group's growth? Alicloud and Geely’s plans.");

        Assert.Equal(["Geely", "Alibaba", "Geely"], mentions.Select(m => m.CanonicalName));
        Assert.Equal("Zhejiang Geely Holding Group", mentions[0].Alias);
    }

    [Fact]
    public void FindMentions_ChineseNamesInsideHanRun_AllFound()
    {
        var mentions = Mentions("阿里巴巴在杭州 and 海尔");

        Assert.Equal(["Alibaba", "Hangzhou", "Haier"], mentions.Select(m => m.CanonicalName));
        Assert.Equal(0, mentions[0].TokenIndex);
        Assert.Equal(0, mentions[1].TokenIndex);
    }

    [Fact]
    public void FindMentions_NoNames_Empty()
    {
        Assert.Empty(Mentions("How many engineers work on the campus?"));
    }
}
