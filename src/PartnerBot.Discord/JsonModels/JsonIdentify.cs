using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>op 2 data.</summary>
internal sealed class JsonIdentify
{
    [JsonPropertyName("token")] public string Token { get; set; } = "";
    [JsonPropertyName("properties")] public JsonIdentifyProperties Properties { get; set; } = new();
    [JsonPropertyName("intents")] public int Intents { get; set; }
    [JsonPropertyName("shard")] public int[]? Shard { get; set; }
}
