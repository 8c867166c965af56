using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary><c>allowed_mentions</c>; we always send <c>{"parse":[]}</c> so user and article text can ping no one.</summary>
internal sealed class JsonAllowedMentions
{
    [JsonPropertyName("parse")] public List<string> Parse { get; set; } = [];
}
