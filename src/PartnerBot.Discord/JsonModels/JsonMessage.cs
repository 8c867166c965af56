using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>MESSAGE_CREATE data (partial).</summary>
internal sealed class JsonMessage
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("channel_id")] public string ChannelId { get; set; } = "";
    [JsonPropertyName("guild_id")] public string? GuildId { get; set; }
    [JsonPropertyName("author")] public JsonUser? Author { get; set; }
    [JsonPropertyName("content")] public string? Content { get; set; }
    [JsonPropertyName("mentions")] public List<JsonUser>? Mentions { get; set; }
    [JsonPropertyName("referenced_message")] public JsonMessage? ReferencedMessage { get; set; }
    [JsonPropertyName("webhook_id")] public string? WebhookId { get; set; }
}
