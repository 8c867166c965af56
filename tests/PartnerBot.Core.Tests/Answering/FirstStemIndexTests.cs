using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Tests.Answering;

public sealed class FirstStemIndexTests
{
    private static QueryForm Form(double weight, params string[] stems) => new(string.Join(' ', stems), stems, weight);

    private static QueryConcept Concept(params QueryForm[] forms) => new(forms[0].Text, forms, 1.0, InCorpus: true);

    [Fact]
    public void TryGet_StemOfSeveralForms_ReturnsThemInConceptThenFormOrder()
    {
        var index = new FirstStemIndex([
            Concept(Form(1, "leed"), Form(0.8, "citi", "region")),
            Concept(Form(1, "citi"), Form(0.5, "town")),
            Concept(Form(1, "citi", "council")),
        ]);

        Assert.True(index.TryGet("citi", "citi".GetHashCode(), out var forms));
        Assert.Equal([(0, 1), (1, 0), (2, 0)], forms);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void TryGet_AbsentStemOrWrongHash_ReturnsFalse()
    {
        var index = new FirstStemIndex([Concept(Form(1, "leed"))]);

        Assert.False(index.TryGet("haier", "haier".GetHashCode(), out var forms));
        Assert.Empty(forms);
        Assert.False(index.TryGet("leed", "leed".GetHashCode() + 1, out _));
    }

    [Fact]
    public void TryGet_ManyStems_FindsEveryOneDespiteCollidingSlots()
    {
        var stems = Enumerable.Range(0, 500).Select(i => "s" + i).ToArray();
        var index = new FirstStemIndex(stems.Select(s => Concept(Form(1, s))).ToList());

        for (var i = 0; i < stems.Length; i++)
        {
            Assert.True(index.TryGet(stems[i], stems[i].GetHashCode(), out var forms), stems[i]);
            Assert.Equal([(i, 0)], forms);
        }
        Assert.False(index.TryGet("s500", "s500".GetHashCode(), out _));
    }

    [Fact]
    public void TryGet_FormWithoutStems_IsSkipped()
    {
        var index = new FirstStemIndex([Concept(Form(1, "leed"), Form(0.5))]);

        Assert.Equal(1, index.Count);
        Assert.True(index.TryGet("leed", "leed".GetHashCode(), out var forms));
        Assert.Equal([(0, 0)], forms);
    }
}
