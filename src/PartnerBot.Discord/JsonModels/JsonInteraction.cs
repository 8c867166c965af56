using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>INTERACTION_CREATE data (partial).</summary>
internal sealed class JsonInteraction
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("application_id")] public string ApplicationId { get; set; } = "";
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("data")] public JsonInteractionData? Data { get; set; }
    [JsonPropertyName("guild_id")] public string? GuildId { get; set; }
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }
    [JsonPropertyName("member")] public JsonMember? Member { get; set; }
    [JsonPropertyName("user")] public JsonUser? User { get; set; }
    [JsonPropertyName("token")] public string Token { get; set; } = "";
}
