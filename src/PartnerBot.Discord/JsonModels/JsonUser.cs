using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>User object (partial).</summary>
internal sealed class JsonUser
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("global_name")] public string? GlobalName { get; set; }
    [JsonPropertyName("bot")] public bool? Bot { get; set; }
}
