namespace PartnerBot.Core.Companies;

/// <summary>A name of a known company or place found in a token sequence.</summary>
/// <param name="TokenIndex">Index of the first token of the mention.</param>
/// <param name="TokenCount">Number of tokens it spans (a Chinese name inside a longer Han run spans that one token).</param>
/// <param name="Alias">The name as written in the catalogue (canonical name or alias) that matched.</param>
/// <param name="Company">The company, when the name is a company's.</param>
/// <param name="Place">The place, when the name is a place's.</param>
public sealed record Mention(int TokenIndex, int TokenCount, string Alias, Company? Company, Place? Place)
{
    /// <summary>Canonical name of what was mentioned.</summary>
    public string CanonicalName => Company?.Name ?? Place!.Name;
}
