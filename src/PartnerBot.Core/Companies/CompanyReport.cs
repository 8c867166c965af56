namespace PartnerBot.Core.Companies;

/// <summary>Result of a company lookup.</summary>
/// <param name="Query">The name asked for.</param>
/// <param name="Company">The company found, or null.</param>
/// <param name="Mentions">Passages mentioning it, grouped by article.</param>
/// <param name="Closest">When not found: the closest known names.</param>
public sealed record CompanyReport(
    string Query,
    Company? Company,
    IReadOnlyList<CompanyMention> Mentions,
    IReadOnlyList<string> Closest)
{
    public bool Found => Company is not null;
}
