namespace PartnerBot.Core.Companies.JsonModels;

/// <summary>Wire shape of <c>config/companies.json</c>.</summary>
internal sealed class JsonCatalog
{
    public List<JsonEntry> Companies { get; set; } = [];

    public List<JsonEntry> Places { get; set; } = [];
}
