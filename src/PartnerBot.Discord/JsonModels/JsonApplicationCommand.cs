using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Application command (only the fields we define and compare).</summary>
internal sealed class JsonApplicationCommand
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("type")] public int? Type { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("options")] public List<JsonCommandOption>? Options { get; set; }
    [JsonPropertyName("default_member_permissions")] public string? DefaultMemberPermissions { get; set; }
}
