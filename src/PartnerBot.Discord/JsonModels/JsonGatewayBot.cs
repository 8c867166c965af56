using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary><c>GET /gateway/bot</c> response.</summary>
internal sealed class JsonGatewayBot
{
    [JsonPropertyName("url")] public string Url { get; set; } = "";
    [JsonPropertyName("shards")] public int Shards { get; set; } = 1;
    [JsonPropertyName("session_start_limit")] public JsonSessionStartLimit? SessionStartLimit { get; set; }
}

/// <summary>Identify budget.</summary>
internal sealed class JsonSessionStartLimit
{
    [JsonPropertyName("total")] public int Total { get; set; }
    [JsonPropertyName("remaining")] public int Remaining { get; set; }
    [JsonPropertyName("reset_after")] public long ResetAfter { get; set; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; set; } = 1;
}
