using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>Gateway envelope <c>{op, d, s, t}</c>; <c>s</c>/<c>t</c> are set only for op 0.</summary>
internal sealed class JsonGatewayPayload
{
    [JsonPropertyName("op")] public int Op { get; set; }
    [JsonPropertyName("d"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] public JsonElement? D { get; set; }
    [JsonPropertyName("s")] public int? S { get; set; }
    [JsonPropertyName("t")] public string? T { get; set; }
}
