using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Interaction callback body for autocomplete results (type 8).</summary>
internal sealed class JsonAutocompleteResponse
{
    [JsonPropertyName("type")] public int Type { get; set; } = 8;
    [JsonPropertyName("data")] public JsonAutocompleteData Data { get; set; } = new();
}
