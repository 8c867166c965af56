using PartnerBot.Core.Text;

namespace PartnerBot.Core.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("geely", "geely", 0)]
    [InlineData("geely", "geeli", 1)]
    [InlineData("hisnese", "hisense", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Compute_Pair_Distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b));
        Assert.Equal(expected, EditDistance.Compute(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 1, 2)]
    [InlineData("a", "abcdef", 2, 3)]
    [InlineData("kitten", "sitting", 3, 3)]
    public void Compute_WithMax_StopsAtMaxPlusOne(string a, string b, int max, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, max));
    }

    [Fact]
    public void Compute_LongStrings_HeapPath()
    {
        var a = new string('x', 300);
        var b = new string('x', 299) + "y";

        Assert.Equal(1, EditDistance.Compute(a, b));
    }
}
