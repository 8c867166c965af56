namespace PartnerBot.Core.Articles;

/// <summary>A paragraph-sized piece of an article: the unit that is indexed, ranked and cited.</summary>
/// <param name="Id">Ordinal of the passage in its corpus (0-based, dense); the index refers to passages by it.</param>
/// <param name="Article">The article the passage belongs to.</param>
/// <param name="Position">0-based position of the passage inside its article.</param>
/// <param name="Section">The short heading line the passage sits under, if any.</param>
/// <param name="Text">Original text for display (curly quotes, bullets kept).</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the article body as read.</param>
/// <param name="Length">Length of the passage in the article body.</param>
public sealed record Passage(
    int Id,
    Article Article,
    int Position,
    string? Section,
    string Text,
    int Start,
    int Length);
