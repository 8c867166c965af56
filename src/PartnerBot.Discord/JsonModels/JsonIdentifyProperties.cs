using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Connection properties sent in Identify (unprefixed names).</summary>
internal sealed class JsonIdentifyProperties
{
    [JsonPropertyName("os")] public string Os { get; set; } = "linux";
    [JsonPropertyName("browser")] public string Browser { get; set; } = "PartnerBot";
    [JsonPropertyName("device")] public string Device { get; set; } = "PartnerBot";
}
