using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>A choice: name and string value, each 1–100 characters.</summary>
internal sealed class JsonChoice
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}
