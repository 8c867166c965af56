using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Text;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("running", "run")]
    [InlineData("companies", "compani")]
    [InlineData("valued", "valu")]
    [InlineData("growth", "growth")]
    [InlineData("growing", "grow")]
    [InlineData("grow", "grow")]
    [InlineData("leader", "leader")]
    [InlineData("employs", "emploi")]
    [InlineData("employed", "emploi")]
    [InlineData("employ", "emploi")]
    [InlineData("employees", "employe")]
    [InlineData("archaeology", "archaeolog")]
    public void Stem_ClassicExamples_MatchFts5(string word, string expected)
    {
        Assert.Equal(expected, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("is")]
    [InlineData("as")]
    [InlineData("80,000")]
    [InlineData("3.4")]
    [InlineData("阿里巴巴")]
    [InlineData("don't")]
    public void Stem_ShortOrNonAsciiWord_Unchanged(string word)
    {
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Stem_WordTooLongForFts5_Unchanged()
    {
        var word = new string('a', 64) + "ing";
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Stem_ThousandsOfWordsStemmedBySqlite_AllEqual()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "porter-pairs.tsv");
        var pairs = File.ReadLines(path)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();
        Assert.True(pairs.Count > 3000);

        var mismatches = pairs
            .Where(pair => PorterStemmer.Stem(pair[0]) != pair[1])
            .Select(pair => $"{pair[0]}: expected {pair[1]}, got {PorterStemmer.Stem(pair[0])}")
            .ToList();
        Assert.Empty(mismatches);
    }
}
