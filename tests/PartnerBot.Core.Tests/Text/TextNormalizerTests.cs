using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Café DÉJÀ", "cafe deja")]
    [InlineData("Geely’s “new” plan", "geely's \"new\" plan")]
    [InlineData("2019–2020 — growth", "2019-2020 - growth")]
    [InlineData("a\u00A0b \t\r\n c", "a b c")]
    [InlineData("  padded  ", "padded")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("ＡＢＣ１２", "abc12")]
    [InlineData("杭州 Hangzhou", "杭州 hangzhou")]
    public void Fold_MixedText_Folded(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(text));
    }

    [Fact]
    public void Fold_AlreadyFolded_SameInstance()
    {
        const string text = "already folded text";
        Assert.Same(text, TextNormalizer.Fold(text));
    }
}
