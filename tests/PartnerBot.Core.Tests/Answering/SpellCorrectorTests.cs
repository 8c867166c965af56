using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Tests.Answering;

public sealed class SpellCorrectorTests
{
    private static SpellCorrector Speller(params (string Word, int Frequency)[] words) =>
        new(words.ToDictionary(w => w.Word, w => w.Frequency));

    [Theory]
    [InlineData("delegaton", "delegation")] // deletion
    [InlineData("delegattion", "delegation")] // insertion
    [InlineData("delegatoin", "delegation")] // transposition (OSA counts it as one edit)
    [InlineData("delegacion", "delegation")] // substitution
    [InlineData("dleegatoin", "delegation")] // two transpositions in a long word
    public void Correct_WordWithinBound_ReturnsVocabularyWord(string typo, string expected)
    {
        var speller = Speller(("delegation", 3), ("hangzhou", 5));
        Assert.Equal(expected, speller.Correct(typo));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(20, 2)]
    public void MaxDistance_ByLength_IsBounded(int length, int expected) =>
        Assert.Equal(expected, SpellCorrector.MaxDistance(length));

    [Fact]
    public void Correct_ShortWord_IsNeverCorrected()
    {
        // "teh" is one transposition from "the", but words under four letters are too short to correct safely.
        Assert.Null(Speller(("the", 100)).Correct("teh"));
    }

    [Fact]
    public void Correct_MediumWordTwoEditsAway_ReturnsNull()
    {
        // "haeir" → "haier" is one transposition; "hxeir" is two edits, over the bound of 1 for five letters.
        var speller = Speller(("haier", 4));
        Assert.Equal("haier", speller.Correct("haeir"));
        Assert.Null(speller.Correct("hxeir"));
    }

    [Fact]
    public void Correct_LongWordThreeEditsAway_ReturnsNull() =>
        Assert.Null(Speller(("delegation", 3)).Correct("dxlxgxtion"));

    [Fact]
    public void Correct_EqualDistance_MoreFrequentWordWins()
    {
        // "leads" is one substitution from both "leeds" and "loads".
        Assert.Equal("leeds", Speller(("loads", 2), ("leeds", 40)).Correct("leads"));
        Assert.Equal("loads", Speller(("loads", 40), ("leeds", 2)).Correct("leads"));
    }

    [Fact]
    public void Correct_EqualDistanceAcrossLengths_MoreFrequentWordWins()
    {
        // "leads" is one deletion from "lead" and one substitution from "leeds".
        Assert.Equal("lead", Speller(("leeds", 40), ("lead", 50)).Correct("leads"));
        Assert.Equal("leeds", Speller(("leeds", 50), ("lead", 40)).Correct("leads"));
    }

    [Fact]
    public void Correct_WordInVocabulary_ReturnsItself() =>
        Assert.Equal("leeds", Speller(("leeds", 1), ("needs", 500)).Correct("leeds"));

    [Fact]
    public void Correct_CloserWordBeatsMoreFrequentWord()
    {
        // "delegatoin": "delegation" is one transposition away, the much commoner "delegations" two edits.
        var speller = Speller(("delegations", 1000), ("delegation", 1));
        Assert.Equal("delegation", speller.Correct("delegatoin"));
    }

    [Theory]
    [InlineData("ab1cd")]
    [InlineData("2019x")]
    [InlineData("hello-world")]
    [InlineData("")]
    public void Correct_NonWord_ReturnsNull(string word) =>
        Assert.Null(Speller(("hello", 3), ("abacd", 3), ("2019", 3)).Correct(word));

    [Fact]
    public void Correct_VocabularyWithNumbersAndShortWords_IgnoresThem()
    {
        // Neither the number nor the two-letter word may be offered as a correction.
        var speller = Speller(("20190", 9), ("ab", 9));
        Assert.Null(speller.Correct("20191"));
        Assert.Null(speller.Correct("abcd"));
    }

    [Fact]
    public void Correct_EmptyVocabulary_ReturnsNull() => Assert.Null(Speller().Correct("anything"));

    [Fact]
    public void Correct_HugeWord_DoesNotThrowAndReturnsNull()
    {
        var speller = Speller(("delegation", 3));
        Assert.Null(speller.Correct(new string('x', 5000)));
    }
}
