using System.Text.Json;
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

/// <summary>Interaction <c>data</c> for commands, autocomplete and components.</summary>
internal sealed class JsonInteractionData
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("options")] public List<JsonInteractionOption>? Options { get; set; }
    [JsonPropertyName("custom_id")] public string? CustomId { get; set; }
    [JsonPropertyName("component_type")] public int? ComponentType { get; set; }
}

/// <summary>An option value (or a sub-command with nested options).</summary>
internal sealed class JsonInteractionOption
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("type")] public int Type { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("options")] public List<JsonInteractionOption>? Options { get; set; }
    [JsonPropertyName("focused")] public bool? Focused { get; set; }
}
