namespace PartnerBot.Core.Articles;

/// <summary>One news article from the corpus, as read from a single file.</summary>
/// <param name="Id">Stable id: the file name without extension.</param>
/// <param name="Title">Front-matter title, otherwise the first non-empty line.</param>
/// <param name="Date">Publication date when the article states one; never invented.</param>
/// <param name="Place">Place from a dateline ("HONG KONG, April 22, 2025 —"), when present.</param>
/// <param name="Url">Front-matter <c>url</c>, when given.</param>
/// <param name="SourceFile">File name relative to the corpus folder.</param>
/// <param name="SourceName">Front-matter <c>source</c> (publisher), when given.</param>
public sealed record Article(
    string Id,
    string Title,
    DateOnly? Date,
    string? Place,
    string? Url,
    string SourceFile,
    string? SourceName = null)
{
    /// <summary>What a citation shows as the source: the URL when known, else the file name.</summary>
    public string Source => Url ?? SourceFile;
}
