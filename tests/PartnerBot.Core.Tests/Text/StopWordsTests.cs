using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Text;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData("what")]
    [InlineData("who")]
    [InlineData("does")]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("is")]
    public void IsStopWord_FunctionWord_True(string word)
    {
        Assert.True(StopWords.IsStopWord(word));
    }

    [Theory]
    [InlineData("geely")]
    [InlineData("staff")]
    [InlineData("2025")]
    [InlineData("founded")]
    public void IsStopWord_ContentWord_False(string word)
    {
        Assert.False(StopWords.IsStopWord(word));
    }

    [Theory]
    [InlineData("who", true)]
    [InlineData("when", true)]
    [InlineData("where", true)]
    [InlineData("many", true)]
    [InlineData("much", true)]
    [InlineData("the", false)]
    public void IsQuestionWord_Word_Expected(string word, bool expected)
    {
        Assert.Equal(expected, StopWords.IsQuestionWord(word));
    }

    [Fact]
    public void All_EveryQuestionWord_IsAlsoStopWord()
    {
        Assert.All(StopWords.QuestionWords, word => Assert.True(StopWords.IsStopWord(word)));
    }
}
