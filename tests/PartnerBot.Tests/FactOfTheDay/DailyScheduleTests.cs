using PartnerBot.FactOfTheDay;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class DailyScheduleTests
{
    private static readonly TimeZoneInfo s_london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeOnly s_nine = new(9, 0);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3, 28, 12, 3, 29, 8)]   // Saturday before spring forward → Sunday 09:00 BST = 08:00Z
    [InlineData(3, 29, 8, 3, 30, 8)]    // exactly at the change-day post → the next day's
    [InlineData(3, 29, 0, 3, 29, 8)]    // before the gap on the change day
    [InlineData(10, 24, 12, 10, 25, 9)] // Saturday before fall back → Sunday 09:00 GMT = 09:00Z
    [InlineData(10, 25, 0, 10, 25, 9)]  // inside the summer half of the repeated night
    [InlineData(10, 25, 9, 10, 26, 9)]
    [InlineData(7, 1, 7, 7, 1, 8)]      // summer
    [InlineData(12, 1, 10, 12, 2, 9)]   // winter
    public void NextOccurrence_NineAmAroundDstChanges_ExpectedUtcInstant(int month, int day, int hour, int nextMonth, int nextDay, int nextHour)
    {
        var next = DailySchedule.NextOccurrence(Utc(month, day, hour), s_nine, s_london);

        Assert.Equal(Utc(nextMonth, nextDay, nextHour), next);
    }

    [Fact]
    public void NextOccurrence_TimeInsideSkippedHour_FirstInstantAfterGap()
    {
        // 01:30 does not exist on 29 March 2026 in London: the clocks go 00:59:59 GMT → 02:00 BST (01:00Z).
        var next = DailySchedule.NextOccurrence(Utc(3, 28, 12), new TimeOnly(1, 30), s_london);

        Assert.Equal(Utc(3, 29, 1), next);
        Assert.Equal(new TimeOnly(2, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(next, s_london).DateTime));
    }

    [Fact]
    public void NextOccurrence_TimeInsideRepeatedHour_FirstOccurrenceOnly()
    {
        // 01:30 happens twice on 25 October 2026: 00:30Z (BST) and 01:30Z (GMT). The first is chosen, and after it
        // the next occurrence is the following day, not the repeat an hour later.
        var first = DailySchedule.NextOccurrence(Utc(10, 24, 12), new TimeOnly(1, 30), s_london);
        var after = DailySchedule.NextOccurrence(first, new TimeOnly(1, 30), s_london);

        Assert.Equal(Utc(10, 25, 0, 30), first);
        Assert.Equal(Utc(10, 26, 1, 30), after);
    }

    [Fact]
    public void NextOccurrence_AfterSkippedDay_NextDayNormal()
    {
        var next = DailySchedule.NextOccurrence(Utc(3, 29, 1), new TimeOnly(1, 30), s_london);

        Assert.Equal(Utc(3, 30, 0, 30), next);
    }

    [Fact]
    public void NextOccurrence_OtherZone_UsesThatZone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var next = DailySchedule.NextOccurrence(Utc(3, 8, 0), new TimeOnly(2, 30), newYork);

        // 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00Z), so 02:30 → 03:00 EDT.
        Assert.Equal(Utc(3, 8, 7), next);
    }
}
