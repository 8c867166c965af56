using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Partial application object in READY.</summary>
internal sealed class JsonApplication
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
}
