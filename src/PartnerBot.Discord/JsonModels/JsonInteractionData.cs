using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Interaction <c>data</c> for commands, autocomplete and components.</summary>
internal sealed class JsonInteractionData
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("options")] public List<JsonInteractionOption>? Options { get; set; }
    [JsonPropertyName("custom_id")] public string? CustomId { get; set; }
    [JsonPropertyName("component_type")] public int? ComponentType { get; set; }
}
