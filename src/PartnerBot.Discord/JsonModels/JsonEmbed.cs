using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Rich embed.</summary>
internal sealed class JsonEmbed
{
    [JsonPropertyName("type")] public string Type { get; set; } = "rich";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("color")] public int? Color { get; set; }
    [JsonPropertyName("fields")] public List<JsonEmbedField>? Fields { get; set; }
    [JsonPropertyName("footer")] public JsonEmbedFooter? Footer { get; set; }
}
