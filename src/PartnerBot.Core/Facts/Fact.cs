using PartnerBot.Core.Articles;

namespace PartnerBot.Core.Facts;

/// <summary>A self-contained, concrete sentence from an article, with its citation.</summary>
/// <param name="Text">The sentence as written in the article.</param>
/// <param name="Article">Where it comes from.</param>
/// <param name="PassageId">The passage it was taken from (-1 for facts added by operators).</param>
public sealed record Fact(string Text, Article Article, int PassageId)
{
    /// <summary>Stable key (used to exclude or pin facts and in the posting log).</summary>
    public string Key { get; } = Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text)))[..16].ToLowerInvariant();
}
