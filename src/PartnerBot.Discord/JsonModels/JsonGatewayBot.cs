using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary><c>GET /gateway/bot</c> response.</summary>
internal sealed class JsonGatewayBot
{
    [JsonPropertyName("url")] public string Url { get; set; } = "";
    [JsonPropertyName("shards")] public int Shards { get; set; } = 1;
    [JsonPropertyName("session_start_limit")] public JsonSessionStartLimit? SessionStartLimit { get; set; }
}
