using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>READY dispatch data (only what we use).</summary>
internal sealed class JsonReady
{
    [JsonPropertyName("session_id")] public string SessionId { get; set; } = "";
    [JsonPropertyName("resume_gateway_url")] public string? ResumeGatewayUrl { get; set; }
    [JsonPropertyName("user")] public JsonUser? User { get; set; }
    [JsonPropertyName("application")] public JsonApplication? Application { get; set; }
}
