using System.Text.Json.Serialization;

namespace PartnerBot.Discord.JsonModels;

/// <summary>op 10 data.</summary>
internal sealed class JsonHello
{
    [JsonPropertyName("heartbeat_interval")] public int HeartbeatInterval { get; set; }
}
