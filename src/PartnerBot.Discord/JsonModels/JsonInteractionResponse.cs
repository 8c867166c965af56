using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Interaction callback body for message responses (types 4 and 5).</summary>
internal sealed class JsonInteractionResponse
{
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("data")] public JsonMessageCreate? Data { get; set; }
}
