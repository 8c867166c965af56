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

/// <summary>Embed field.</summary>
internal sealed class JsonEmbedField
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
    [JsonPropertyName("inline")] public bool? Inline { get; set; }
}

/// <summary>Embed footer.</summary>
internal sealed class JsonEmbedFooter
{
    [JsonPropertyName("text")] public string Text { get; set; } = "";
}
