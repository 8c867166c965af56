using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Identify budget.</summary>
internal sealed class JsonSessionStartLimit
{
    [JsonPropertyName("total")] public int Total { get; set; }
    [JsonPropertyName("remaining")] public int Remaining { get; set; }
    [JsonPropertyName("reset_after")] public long ResetAfter { get; set; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; set; } = 1;
}
