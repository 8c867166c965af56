using PartnerBot.Diagnostics;

namespace PartnerBot.Tests.Diagnostics;

public sealed class PercentileTests
{
    private static readonly double[] s_hundred = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

    [Theory]
    [InlineData(0.50, 50)]
    [InlineData(0.99, 99)]
    [InlineData(1.00, 100)]
    [InlineData(0.001, 1)]
    public void Of_OneToHundred_NearestRank(double fraction, double expected) =>
        Assert.Equal(expected, Percentile.Of(s_hundred, fraction));

    [Fact]
    public void Of_SingleValue_IsThatValue() => Assert.Equal(7.5, Percentile.Of([7.5], 0.99));

    [Fact]
    public void Of_Empty_IsNaN() => Assert.True(double.IsNaN(Percentile.Of([], 0.5)));
}
