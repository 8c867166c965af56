using System.Text;
using PartnerBot.Core.Articles;
using PartnerBot.Core.Facts;

namespace PartnerBot.Core.Tests.Facts;

public sealed class FactCandidateTests
{
    [Theory]
    [InlineData("Leeds and Hangzhou have been sister cities for 31 years and are committed to building on these links.", false)] // "these"
    [InlineData("Leeds and Hangzhou have been sister cities for 31 years and are committed to strong government links.", true)]
    [InlineData("The event was held in partnership with Zhong Lun Law Firm, one of the largest law firms in China.", false)]
    [InlineData("Established in 2013, the company has now facilitated over 3.4 trillion RMB of cross border payments.", false)]
    [InlineData("It has now facilitated over 3.4 trillion RMB of cross border payments since 2013.", false)]
    [InlineData("Councillor Judith Blake said: “It has been an absolute privilege to visit Hangzhou almost three decades ago.", false)]
    [InlineData("Councillor Judith Blake said: “It has been an absolute privilege to visit Hangzhou.”", true)]
    [InlineData("Did Geely buy Volvo, London Electric Vehicle Company and Lotus in 2010 or later?", false)]
    [InlineData("Geely own Volvo, London Electric Vehicle Company and Lotus, and sold 2.4 million cars last year.", true)]
    [InlineData("Short one with 2019.", false)]
    [InlineData("According to the 13th Five Year Plan, this city will spend 5% of its annual GDP by 2020 on automation.", false)]
    [InlineData("Local officials briefed the delegation on advancements in Hong Kong-Hangzhou tech partnerships.", false)]
    [InlineData("Leeds City Region Enterprise Partnership also signed an agreement with China Britain Industry Innovation Park in Qingdao.", true)]
    public void IsFact_Sentence_Expected(string sentence, bool expected) => Assert.Equal(expected, FactExtractor.IsFact(sentence));

    [Fact]
    public void Extract_Dateline_DroppedFromText()
    {
        var text = "Lee visits Zhejiang\n\nHONG KONG, April 22, 2025 — Hong Kong Chief Executive John Lee embarked on a four-day visit to Zhejiang province.\n";
        var corpus = CorpusLoader.Load([("lee.md", Encoding.UTF8.GetBytes(text))]);

        var fact = Assert.Single(FactExtractor.Extract(corpus));

        Assert.Equal("Hong Kong Chief Executive John Lee embarked on a four-day visit to Zhejiang province.", fact.Text);
    }
}
