using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Reply reference.</summary>
internal sealed class JsonMessageReference
{
    [JsonPropertyName("message_id")] public string MessageId { get; set; } = "";
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }
    [JsonPropertyName("guild_id")] public string? GuildId { get; set; }
    [JsonPropertyName("fail_if_not_exists")] public bool? FailIfNotExists { get; set; }
}
