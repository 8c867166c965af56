using System.Globalization;
using PartnerBot.Core.Answering;

namespace PartnerBot.Web.Models;

/// <summary>A cited passage as the API returns it. All text is plain (the page escapes it).</summary>
public sealed record CitationModel(
    string Title,
    string? Date,
    string? DateText,
    string? Section,
    string Source,
    string? Url,
    string Snippet,
    IReadOnlyList<HighlightModel> Highlights,
    double Score)
{
    public static CitationModel From(Citation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CitationModel(c.Title, c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.DateText.Length == 0 ? null : c.DateText,
            c.Section, c.Source, c.Url, c.Snippet, c.Highlights.Select(h => new HighlightModel(h.Start, h.Length)).ToList(), Math.Round(c.Score, 4));
    }
}
