namespace PartnerBot.Core.Articles;

/// <summary>Everything read from a corpus folder: articles, their passages, and the files skipped.</summary>
/// <param name="Articles">Articles in file-name order.</param>
/// <param name="Passages">All passages; <c>Passages[i].Id == i</c>.</param>
/// <param name="Skipped">Files that could not be read, with reasons.</param>
/// <param name="ContentHash">Hash over file names and bytes (and the reader's version): the index is rebuilt when it changes.</param>
public sealed record Corpus(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<SkippedFile> Skipped,
    string ContentHash)
{
    public static Corpus Empty { get; } = new([], [], [], "empty");
}
