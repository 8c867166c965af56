namespace PartnerBot.Core.Answering;

/// <summary>An article passage an answer rests on.</summary>
/// <param name="Title">Article title.</param>
/// <param name="Date">Article date, when known.</param>
/// <param name="Section">Section heading of the passage, when any.</param>
/// <param name="Source">URL when known, else the corpus file name.</param>
/// <param name="Url">Article URL, when known (for "open" buttons).</param>
/// <param name="Snippet">At most 300 characters of the passage, plain text.</param>
/// <param name="Highlights">Where the matched terms are in <paramref name="Snippet"/>.</param>
/// <param name="Score">Relevance (higher is better; comparable within one answer only).</param>
/// <param name="PassageId">Id of the cited passage in the corpus.</param>
public sealed record Citation(
    string Title,
    DateOnly? Date,
    string? Section,
    string Source,
    string? Url,
    string Snippet,
    IReadOnlyList<Highlight> Highlights,
    double Score,
    int PassageId)
{
    /// <summary>The date as people read it: "11 March 2020", or empty when unknown.</summary>
    public string DateText => Date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
