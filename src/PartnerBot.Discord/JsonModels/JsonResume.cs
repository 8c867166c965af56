using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>op 6 data.</summary>
internal sealed class JsonResume
{
    [JsonPropertyName("token")] public string Token { get; set; } = "";
    [JsonPropertyName("session_id")] public string SessionId { get; set; } = "";
    [JsonPropertyName("seq"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] public int? Seq { get; set; }
}
