using PartnerBot.Core.Articles;
using PartnerBot.Core.Facts;
using PartnerBot.Core.Tests.Answering;
using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Facts;

public sealed class FactExtractorTests
{
    private static readonly string[] s_danglingOpeners = ["It", "Its", "This", "That", "These", "They", "He", "She", "Their", "There"];

    [Theory]
    [InlineData("Hisense UK has grown by 30% year on year and employs 80,000 people worldwide.")]
    [InlineData("A Leeds City Region delegation visited Hangzhou in December 2019 to meet local firms.")]
    [InlineData("Leeds City Council signed an agreement with officials from Qingdao last spring.")]
    public void IsFact_ConcreteStandaloneSentence_True(string sentence) => Assert.True(FactExtractor.IsFact(sentence));

    [Theory]
    [InlineData("It has grown by 30% year on year and employs 80,000 people worldwide.")]
    [InlineData("This was the largest delegation to Hangzhou since 2019, officials said.")]
    [InlineData("They signed an agreement with officials from Qingdao in 2018 in Leeds.")]
    [InlineData("He visited Hangzhou for the 2023 Asian Games with the Hong Kong delegation.")]
    [InlineData("She said the 2019 visit had opened doors for Leeds firms in China.")]
    public void IsFact_DanglingOpener_False(string sentence) => Assert.False(FactExtractor.IsFact(sentence));

    [Theory]
    [InlineData("It’s the largest delegation to visit Hangzhou since 2019, officials said.")]
    [InlineData("That’s why Leeds City Council signed the 2018 agreement in Qingdao.")]
    public void IsFact_DanglingOpenerWithApostropheS_False(string sentence) => Assert.False(FactExtractor.IsFact(sentence));

    [Theory]
    [InlineData("They’re planning a return visit to Qingdao in 2021 with Leeds firms.")]
    [InlineData("We’ve signed 3 deals with Hangzhou firms since the 2019 Leeds visit.")]
    [InlineData("He’d visited Hangzhou twice before the 2023 Asian Games began there.")]
    [InlineData("She’ll lead the 2024 delegation from Leeds City Council to Qingdao.")]
    [InlineData("They’ve opened 2 offices in Leeds since the Qingdao forum of 2019.")]
    public void IsFact_ContractedDanglingOpener_False(string sentence) => Assert.False(FactExtractor.IsFact(sentence));

    [Theory]
    [InlineData("Did the delegation visit Hangzhou in December 2019 or in January 2020?")]
    [InlineData("Short 2019 fact.")] // under 40 characters
    [InlineData("the delegation visited Hangzhou in December 2019 to meet local firms.")] // lower-case start
    [InlineData("The delegation visited Hangzhou in December 2019 to meet local firms")] // no closing punctuation
    [InlineData("the plan was good and the people were happy and the weather was fine.")]
    [InlineData("The plan was good and the people were happy and the weather was fine.")] // nothing concrete
    public void IsFact_NotAFact_False(string sentence) => Assert.False(FactExtractor.IsFact(sentence));

    [Theory]
    [InlineData(39, false)]
    [InlineData(40, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void IsFact_Length_Between40And300(int length, bool expected)
    {
        var sentence = Sentence(length);
        Assert.Equal(length, sentence.Length);
        Assert.Equal(expected, FactExtractor.IsFact(sentence));
    }

    /// <summary>A concrete sentence of exactly <paramref name="length"/> characters.</summary>
    private static string Sentence(int length)
    {
        var text = new System.Text.StringBuilder("Leeds signed a deal in 2019");
        while (text.Length + 5 < length - 1) text.Append(" work");
        while (text.Length < length - 1) text.Append('s');
        return text.Append('.').ToString();
    }

    [Fact]
    public void Extract_Seeds_EverySentenceMeetsTheRules()
    {
        var facts = FactExtractor.Extract(SeedKnowledge.Corpus);
        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            Assert.InRange(f.Text.Length, 40, 300);
            Assert.False(f.Text.EndsWith('?'));
            var first = Tokenizer.Tokenize(f.Text)[0].Text;
            Assert.DoesNotContain(s_danglingOpeners, o => TextNormalizer.Fold(o) == first);
            Assert.Contains(f.Text, SeedKnowledge.Corpus.Passages[f.PassageId].Text, StringComparison.Ordinal);
            Assert.Same(SeedKnowledge.Corpus.Passages[f.PassageId].Article, f.Article);
        });
    }

    [Fact]
    public void Extract_DuplicateSentence_KeptOnce()
    {
        var article = new Article("a", "Title", null, null, null, "a.txt");
        const string sentence = "Hisense UK employs 80,000 people and has its headquarters in Leeds.";
        var corpus = new Corpus([article],
            [new Passage(0, article, 0, null, sentence, 0, sentence.Length), new Passage(1, article, 1, null, sentence + " ", 100, sentence.Length + 1)],
            [], "h");
        var fact = Assert.Single(FactExtractor.Extract(corpus));
        Assert.Equal(0, fact.PassageId);
    }

    [Fact]
    public void Extract_EmptyCorpus_NoFacts() => Assert.Empty(FactExtractor.Extract(Corpus.Empty));

    [Fact]
    public void Key_SameText_SameKey()
    {
        var article = new Article("a", "Title", null, null, null, "a.txt");
        Assert.Equal(new Fact("x y z", article, 1).Key, new Fact("x y z", article, 7).Key);
        Assert.NotEqual(new Fact("x y z", article, 1).Key, new Fact("x y w", article, 1).Key);
        Assert.Equal(16, new Fact("x", article, 1).Key.Length);
    }
}
