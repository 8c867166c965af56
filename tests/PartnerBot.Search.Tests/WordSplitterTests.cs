namespace PartnerBot.Search.Tests;

public sealed class WordSplitterTests
{
    [Theory]
    [InlineData("Who founded DeepSeek?", "who|founded|deepseek")]
    [InlineData("\"leeds\" OR geely*", "leeds|or|geely")]
    [InlineData("title:Crème-Brûlée", "title|creme|brulee")]
    [InlineData("NEAR(a b, 3)", "near|a|b|3")]
    [InlineData("阿里巴巴，海尔", "阿里巴巴|海尔")]
    [InlineData("😀 \u0001 \ud800 ^*:()", "")]
    [InlineData("e\u0301te", "ete")]
    public void Split_Text_GivesFoldedWordsWithoutSyntax(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', WordSplitter.Split(text)));
    }

    [Fact]
    public void Split_OverlongRun_IsDropped()
    {
        Assert.Equal(["ok"], WordSplitter.Split(new string('x', WordSplitter.MaxWordLength + 1) + " ok"));
    }
}
