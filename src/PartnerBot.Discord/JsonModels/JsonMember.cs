using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Guild member object (partial).</summary>
internal sealed class JsonMember
{
    [JsonPropertyName("user")] public JsonUser? User { get; set; }
    [JsonPropertyName("nick")] public string? Nick { get; set; }
}
