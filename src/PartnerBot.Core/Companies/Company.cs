namespace PartnerBot.Core.Companies;

/// <summary>A company or organisation the articles name.</summary>
/// <param name="Name">Canonical name ("Geely").</param>
/// <param name="Aliases">Other names: spellings, former names, Chinese names ("Zhejiang Geely Holding Group", "吉利").</param>
/// <param name="Description">One neutral line.</param>
/// <param name="Kind">company, university, government, media, cultural, chamber or other.</param>
/// <param name="Parent">Canonical name of the owning organisation, if any ("Volvo" → "Geely").</param>
public sealed record Company(string Name, IReadOnlyList<string> Aliases, string Description, string Kind = "company", string? Parent = null)
{
    /// <summary>The canonical name followed by the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
