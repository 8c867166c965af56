using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerBot.Core.Articles;

/// <summary>Recognises publication dates: a line that is only a date, or a news dateline opening a paragraph.</summary>
/// <remarks>
/// Accepted forms: "11 March 2020", "11th of Mar. 2020", "March 11, 2020", "2020-03-11", optionally after a weekday
/// ("Wednesday, 11 March 2020") or a label ("Published: …", "Posted on …"). Numeric day/month forms such as
/// 03/11/2020 are left alone: they read differently in the UK and the US, and a wrong date is worse than none.
/// </remarks>
internal static partial class DateRecognizer
{
    private const string Core =
        @"(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[a-z]{3,9})\.?,?\s+(?<y>\d{4})" +
        @"|(?<m>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" +
        @"|(?<y>\d{4})-(?<mm>\d{2})-(?<d>\d{2}))";

    private static readonly string[] s_months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly HashSet<string> s_notPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "by", "from", "since", "until", "last", "next", "this", "published", "posted", "updated",
        "date", "dated", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>A line that is nothing but a date (with an optional weekday or label).</summary>
    public static DateOnly? ParseDateLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 60 || line.IndexOfAnyInRange('0', '9') < 0) return null;
        var match = DateLine().Match(line.Trim().ToString());
        return match.Success ? ToDate(match) : null;
    }

    /// <summary>Any accepted date form, e.g. a front-matter value ("2020-03-11T09:00:00Z" reads as its day).</summary>
    public static DateOnly? ParseValue(string value)
    {
        value = value.Trim();
        if (value.Length >= 10 && IsoPrefix().IsMatch(value)) value = value[..10];
        return ParseDateLine(value);
    }

    /// <summary>A dateline opening a paragraph: "HONG KONG, April 22, 2025 —" or "LONDON, 1 May 2020 /PRNewswire/ --".</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="date">The date of the dateline.</param>
    /// <param name="place">The place, in title case when written in capitals; null when the dateline has none.</param>
    /// <param name="length">Length of the dateline at the start of the paragraph.</param>
    public static bool TryParseDateline(string paragraph, out DateOnly date, out string? place, out int length)
    {
        date = default;
        place = null;
        length = 0;
        // Cheap test first: a dateline has a year and a dash or slash within its first few words.
        var head = paragraph.AsSpan(0, Math.Min(paragraph.Length, 100));
        if (head.IndexOfAnyInRange('0', '9') < 0 || head.IndexOfAny("—–-/") < 0) return false;
        var match = Dateline().Match(paragraph);
        if (!match.Success || ToDate(match) is not { } found) return false;
        var raw = match.Groups["place"];
        if (raw.Success)
        {
            var firstWord = raw.Value.Split(' ', ',')[0];
            if (s_notPlaces.Contains(firstWord) || MonthOf(firstWord) is not null) return false;
            place = TidyPlace(raw.Value);
        }
        date = found;
        length = match.Length;
        return true;
    }

    private static string TidyPlace(string place)
    {
        // Datelines are written in capitals; show "HONG KONG" as "Hong Kong", leave mixed case alone.
        var parts = place.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Select(part => part.Any(char.IsLower) ? part : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part.ToLowerInvariant()));
        return string.Join(", ", parts);
    }

    private static DateOnly? ToDate(Match match)
    {
        if (!int.TryParse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture, out var year)) return null;
        if (!int.TryParse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture, out var day)) return null;
        var month = match.Groups["mm"].Success
            ? int.Parse(match.Groups["mm"].ValueSpan, CultureInfo.InvariantCulture)
            : MonthOf(match.Groups["m"].Value) ?? 0;
        if (year is < 1000 or > 9999 || month is < 1 or > 12) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static int? MonthOf(string word)
    {
        if (word.Length < 3) return null;
        var lower = word.ToLowerInvariant();
        var index = Array.IndexOf(s_months, lower[..3]);
        if (index < 0) return null;
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).ToLowerInvariant();
        // "Mar", "Sept", "March" — but not "Marketing" or "Decide".
        return lower.Length == 3 || full == lower || lower == "sept" ? index + 1 : null;
    }

    [GeneratedRegex(
        @"^(?:(?:published|posted|updated|date|dated)(?:\s+on)?\s*:?\s*)?" +
        @"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?" + Core + @"\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(
        @"^(?:(?<place>\p{Lu}[\p{L}.'’\-]*(?:\s+[\p{L}.'’\-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+[\p{L}.'’\-]+){0,2})?)\s*(?:\([^)\n]{1,40}\)\s*)?,\s*)?" +
        "(?i:" + Core + @")\s*(?:\([^)\n]{1,40}\)\s*)?(?:[—–]|--?|/)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoPrefix();
}
