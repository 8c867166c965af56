using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>An option value (or a sub-command with nested options).</summary>
internal sealed class JsonInteractionOption
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("options")] public List<JsonInteractionOption>? Options { get; set; }
    [JsonPropertyName("focused")] public bool? Focused { get; set; }
}
