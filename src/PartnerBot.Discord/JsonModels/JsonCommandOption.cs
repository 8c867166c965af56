using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Command option definition.</summary>
internal sealed class JsonCommandOption
{
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("required")] public bool? Required { get; set; }
    [JsonPropertyName("autocomplete")] public bool? Autocomplete { get; set; }
    [JsonPropertyName("max_length")] public int? MaxLength { get; set; }
    [JsonPropertyName("channel_types")] public List<int>? ChannelTypes { get; set; }
    [JsonPropertyName("options")] public List<JsonCommandOption>? Options { get; set; }
}
