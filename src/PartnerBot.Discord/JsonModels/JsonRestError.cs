using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>REST error body; 429 bodies add <c>retry_after</c> and <c>global</c>.</summary>
internal sealed class JsonRestError
{
    [JsonPropertyName("code")] public int? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("retry_after")] public double? RetryAfter { get; set; }
    [JsonPropertyName("global")] public bool? Global { get; set; }
}
