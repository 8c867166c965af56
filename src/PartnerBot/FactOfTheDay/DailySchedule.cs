namespace PartnerBot.FactOfTheDay;

/// <summary>When a daily local time happens, with the daylight-saving choices made on purpose.</summary>
/// <remarks>
/// Policy (Noda Time's names in brackets):
/// <list type="bullet">
/// <item>Skipped local time (spring forward; in Europe/London 01:00–01:59 on the last Sunday of March does not
/// exist): the post goes out at the first valid instant after the gap — the moment the clocks change, which reads
/// 02:00 BST (<c>ReturnStartOfIntervalAfter</c>). It is not dropped and not moved to the next day.</item>
/// <item>Repeated local time (fall back; 01:00–01:59 happens twice on the last Sunday of October): the first
/// occurrence, in summer time (<c>ReturnEarlier</c>). It is posted once, never again an hour later.</item>
/// </list>
/// Times away from the change, such as 09:00, are unaffected: 09:00 BST (08:00 UTC) on the spring change day and
/// 09:00 GMT (09:00 UTC) on the autumn one.
/// </remarks>
public static class DailySchedule
{
    /// <summary>The first instant strictly after <paramref name="nowUtc"/> at which the local clock in <paramref name="zone"/> reads <paramref name="localTime"/> (per the policy).</summary>
    public static DateTimeOffset NextOccurrence(DateTimeOffset nowUtc, TimeOnly localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = LocalDate(nowUtc, zone);
        for (var day = today.AddDays(-1); ; day = day.AddDays(1))
        {
            var at = At(day, localTime, zone);
            if (at > nowUtc) return at;
        }
    }

    /// <summary>The instant of <paramref name="localTime"/> on <paramref name="date"/> in <paramref name="zone"/> (per the policy).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return EndOfGap(local, zone);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }

    /// <summary>The local calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    // The transition lies between "local read with the later offset" and "local read with the earlier offset";
    // find the first instant whose offset is the later one (whole seconds are enough: zones change on them).
    private static DateTimeOffset EndOfGap(DateTime local, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(local.AddDays(-1));
        var after = zone.GetUtcOffset(local.AddDays(1));
        var low = new DateTimeOffset(local - after, TimeSpan.Zero).ToUnixTimeSeconds();
        var high = new DateTimeOffset(local - before, TimeSpan.Zero).ToUnixTimeSeconds();
        if (low > high) (low, high) = (high, low);
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(mid)) == before) low = mid + 1;
            else high = mid;
        }
        return DateTimeOffset.FromUnixTimeSeconds(low);
    }
}
