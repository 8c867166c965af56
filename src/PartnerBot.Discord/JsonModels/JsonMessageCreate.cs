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
