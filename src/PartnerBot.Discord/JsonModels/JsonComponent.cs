using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Action row (type 1) or button (type 2).</summary>
internal sealed class JsonComponent
{
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("components")] public List<JsonComponent>? Components { get; set; }
    [JsonPropertyName("style")] public int? Style { get; set; }
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("custom_id")] public string? CustomId { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
}
