using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Body of create message, interaction message data and webhook edits.</summary>
internal sealed class JsonMessageCreate
{
    [JsonPropertyName("content")] public string? Content { get; set; }
    [JsonPropertyName("embeds")] public List<JsonEmbed>? Embeds { get; set; }
    [JsonPropertyName("allowed_mentions")] public JsonAllowedMentions AllowedMentions { get; set; } = new();
    [JsonPropertyName("message_reference")] public JsonMessageReference? MessageReference { get; set; }
    [JsonPropertyName("components")] public List<JsonComponent>? Components { get; set; }
    [JsonPropertyName("flags")] public int? Flags { get; set; }
}

/// <summary><c>allowed_mentions</c>; we always send <c>{"parse":[]}</c> so user and article text can ping no one.</summary>
internal sealed class JsonAllowedMentions
{
    [JsonPropertyName("parse")] public List<string> Parse { get; set; } = [];
}

/// <summary>Reply reference.</summary>
internal sealed class JsonMessageReference
{
    [JsonPropertyName("message_id")] public string MessageId { get; set; } = "";
    [JsonPropertyName("channel_id")] public string? ChannelId { get; set; }
    [JsonPropertyName("guild_id")] public string? GuildId { get; set; }
    [JsonPropertyName("fail_if_not_exists")] public bool? FailIfNotExists { get; set; }
}
