using PartnerBot.Core.Articles;
using PartnerBot.Core.Facts;

namespace PartnerBot.Core.Tests.Facts;

public sealed class FactScheduleTests
{
    private static readonly Article s_article = new("a", "Title", new DateOnly(2020, 3, 11), null, null, "a.txt");

    private static FactSchedule Schedule(int count) =>
        new(Enumerable.Range(0, count).Select(i => new Fact($"Fact number {i} says something concrete in 2020.", s_article, i)).ToList());

    private static List<Fact> Run(FactSchedule schedule, DateOnly from, int days) =>
        Enumerable.Range(0, days).Select(d => schedule.ForDate(from.AddDays(d))!).ToList();

    [Fact]
    public void ForDate_NoFacts_ReturnsNull() => Assert.Null(new FactSchedule([]).ForDate(new DateOnly(2026, 1, 1)));

    [Fact]
    public void ForDate_SameDate_SameFactAcrossInstances()
    {
        var date = new DateOnly(2026, 11, 21);
        Assert.Equal(Schedule(13).ForDate(date), Schedule(13).ForDate(date));
    }

    [Theory]
    [InlineData(2020, 1, 1)] // the epoch
    [InlineData(2026, 11, 21)]
    [InlineData(2019, 12, 20)] // before the epoch
    [InlineData(1999, 6, 30)]
    public void ForDate_AnyCycleOfCountDays_ShowsEveryFactOnce(int year, int month, int day)
    {
        const int count = 11;
        var schedule = Schedule(count);
        // Align to a cycle start: days since 2020-01-01, rounded down to a multiple of count (also below zero).
        var epoch = new DateOnly(2020, 1, 1);
        var offset = new DateOnly(year, month, day).DayNumber - epoch.DayNumber;
        var cycleStart = epoch.AddDays((int)Math.Floor(offset / (double)count) * count);
        var shown = Run(schedule, cycleStart, count);
        Assert.Equal(count, shown.Distinct().Count());
    }

    [Fact]
    public void ForDate_ConsecutiveCycles_UseDifferentOrders()
    {
        const int count = 12;
        var schedule = Schedule(count);
        var start = new DateOnly(2020, 1, 1);
        var cycles = Enumerable.Range(0, 4).Select(c => Run(schedule, start.AddDays(c * count), count).Select(f => f.PassageId).ToArray()).ToList();
        for (var c = 1; c < cycles.Count; c++) Assert.NotEqual(cycles[c - 1], cycles[c]);
    }

    [Fact]
    public void ForDate_BeforeEpoch_NoRepeatsAcrossTheEpochBoundaryCycle()
    {
        const int count = 7;
        var schedule = Schedule(count);
        var shown = Run(schedule, new DateOnly(2020, 1, 1).AddDays(-count), count);
        Assert.Equal(count, shown.Distinct().Count());
    }

    [Fact]
    public void ForDate_SeedFacts_NeverTheSameFactTwoDaysRunning()
    {
        var schedule = new FactSchedule(FactExtractor.Extract(PartnerBot.Core.Tests.Answering.SeedKnowledge.Corpus));
        var epoch = new DateOnly(2020, 1, 1);
        var n = schedule.Facts.Count;
        for (var day = -40 * n; day < 60 * n; day++)
        {
            Assert.NotSame(schedule.ForDate(epoch.AddDays(day)), schedule.ForDate(epoch.AddDays(day + 1)));
        }
    }

    [Fact]
    public void ForDate_SingleFact_AlwaysThatFact()
    {
        var schedule = Schedule(1);
        Assert.All(Run(schedule, new DateOnly(2019, 12, 25), 20), f => Assert.Same(schedule.Facts[0], f));
    }

    [Fact]
    public void ForDate_ExtremeDates_DoNotThrow()
    {
        var schedule = Schedule(5);
        Assert.NotNull(schedule.ForDate(DateOnly.MinValue));
        Assert.NotNull(schedule.ForDate(DateOnly.MaxValue));
    }

    [Fact]
    public void Order_IsAPermutation()
    {
        var schedule = Schedule(30);
        foreach (var cycle in new[] { -3, 0, 1, 1000 })
        {
            Assert.Equal(Enumerable.Range(0, 30), schedule.Order(cycle).Order());
        }
    }

    [Fact]
    public void Constructor_NullFacts_Throws() => Assert.Throws<ArgumentNullException>(() => new FactSchedule(null!));
}
