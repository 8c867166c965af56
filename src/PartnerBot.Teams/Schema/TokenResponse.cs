using System.Text.Json.Serialization;

namespace PartnerBot.Teams.Schema;

/// <summary>Wire shape of the client-credentials token response.</summary>
internal sealed class TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }
}
