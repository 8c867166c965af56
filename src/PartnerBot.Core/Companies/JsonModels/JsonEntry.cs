namespace PartnerBot.Core.Companies.JsonModels;

/// <summary>Wire shape of one company or place in <c>config/companies.json</c>.</summary>
internal sealed class JsonEntry
{
    public string? Name { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Description { get; set; }

    public string? Kind { get; set; }

    public string? Parent { get; set; }
}
