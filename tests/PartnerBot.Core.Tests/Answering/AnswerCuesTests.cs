using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Tests.Answering;

public sealed class AnswerCuesTests
{
    [Theory]
    [InlineData("2019", true)]
    [InlineData("1800", true)]
    [InlineData("2199", true)]
    [InlineData("1799", false)]
    [InlineData("2200", false)]
    [InlineData("201", false)]
    [InlineData("abcd", false)]
    public void IsYear_FourDigitsInRange_True(string word, bool expected) => Assert.Equal(expected, AnswerCues.IsYear(word));

    [Theory]
    [InlineData("seven", true)]
    [InlineData("million", true)]
    [InlineData("seventh", false)]
    [InlineData("Seven", false)] // callers pass folded words
    public void IsNumberWord_FoldedNumberWords_True(string word, bool expected) => Assert.Equal(expected, AnswerCues.IsNumberWord(word));

    [Theory]
    [InlineData("march", true)]
    [InlineData("friday", true)]
    [InlineData("marching", false)]
    public void IsDateWord_MonthsAndWeekdays_True(string word, bool expected) => Assert.Equal(expected, AnswerCues.IsDateWord(word));

    [Theory]
    [InlineData("how many government meetings did they hold", 2)]
    [InlineData("which the companies", 2)]
    [InlineData("what is it", -1)]
    [InlineData("hisense employees", -1)]
    public void FocusIndex_FirstContentWordAfterQuestionWord(string question, int expected) =>
        Assert.Equal(expected, AnswerCues.FocusIndex(question.Split(' ')));

    [Fact]
    public void Detect_Empty_IsAny() => Assert.Equal(AnswerType.Any, AnswerCues.Detect([]));

    [Fact]
    public void Detect_TrailingHow_DoesNotThrow() => Assert.Equal(AnswerType.Any, AnswerCues.Detect(["so", "how"]));
}
