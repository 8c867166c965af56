using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_Words_FoldedWithOriginalOffsets()
    {
        const string text = "  Geely’s Café employs staff.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["geely", "cafe", "employs", "staff"], tokens.Select(t => t.Text));
        Assert.Equal("Geely’s", text.Substring(tokens[0].Start, tokens[0].Length));
        Assert.Equal("Café", text.Substring(tokens[1].Start, tokens[1].Length));
        Assert.Equal("staff", text[tokens[3].Start..tokens[3].End]);
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }

    [Fact]
    public void Tokenize_InnerApostrophe_KeptInsideWord()
    {
        var tokens = Tokenizer.Tokenize("don't 'quoted' companies' plans");

        Assert.Equal(["don't", "quoted", "companies", "plans"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_NumbersWithSeparators_OneNumericToken()
    {
        const string text = "about 80,000 staff, 3.4 billion, 2.4% and 2025.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["about", "80,000", "staff", "3.4", "billion", "2.4", "and", "2025"], tokens.Select(t => t.Text));
        Assert.Equal([false, true, false, true, false, true, false, true], tokens.Select(t => t.IsNumeric));
        Assert.Equal("80,000", text.Substring(tokens[1].Start, tokens[1].Length));
    }

    [Fact]
    public void Tokenize_NumberWithSeparatorThenUnit_SplitsUnit()
    {
        var tokens = Tokenizer.Tokenize("£3.4bn 5G 1980s");

        Assert.Equal(["3.4", "bn", "5g", "1980s"], tokens.Select(t => t.Text));
        Assert.Equal([TokenKind.Number, TokenKind.Word, TokenKind.Word, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_HanRun_OneTokenSeparateFromLatin()
    {
        const string text = "阿里巴巴Alibaba，杭州 2025年";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["阿里巴巴", "alibaba", "杭州", "2025", "年"], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Han, tokens[0].Kind);
        Assert.Equal(TokenKind.Han, tokens[2].Kind);
        Assert.Equal(0, tokens[0].Start);
        Assert.Equal(4, tokens[1].Start);
        Assert.Equal("杭州", text.Substring(tokens[2].Start, tokens[2].Length));
    }

    [Fact]
    public void Tokenize_SentenceFinalPeriodAfterNumber_NotPartOfNumber()
    {
        var tokens = Tokenizer.Tokenize("in 2019. Then 1,2");

        Assert.Equal(["in", "2019", "then", "1,2"], tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("— … “” ‘’ !?")]
    public void Tokenize_NoWordCharacters_Empty(string text)
    {
        Assert.Empty(Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_ReusedList_Appends()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize("one two", tokens);
        Tokenizer.Tokenize("three", tokens);

        Assert.Equal(["one", "two", "three"], tokens.Select(t => t.Text));
        Assert.Equal(0, tokens[2].Start);
    }

    [Fact]
    public void Tokenize_RandomText_OffsetsAlwaysInRange()
    {
        var random = new Random(42);
        const string alphabet = "aZé'’,.9 阿-\u0301\u00A0\uD840\uDC00x";
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);

            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.InRange(token.Start, 0, text.Length - 1);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                Assert.NotEqual(string.Empty, token.Text);
            }
        }
    }
}
