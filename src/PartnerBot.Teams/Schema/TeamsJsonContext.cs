using System.Text.Json.Serialization;

namespace PartnerBot.Teams.Schema;

/// <summary>Source-generated serialization for the wire types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
