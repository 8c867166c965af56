namespace PartnerBot.Core.Articles;

/// <summary>An article read from one file, with its passages in order.</summary>
/// <param name="Article">Title, date, place and source of the article.</param>
/// <param name="Passages">Passages in article order; empty when the file holds no article text.</param>
public sealed record ParsedArticle(Article Article, IReadOnlyList<Passage> Passages);
