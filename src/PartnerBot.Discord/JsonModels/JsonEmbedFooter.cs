using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Embed footer.</summary>
internal sealed class JsonEmbedFooter
{
    [JsonPropertyName("text")] public string Text { get; set; } = "";
}
