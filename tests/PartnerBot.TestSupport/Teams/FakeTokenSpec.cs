namespace PartnerBot.TestSupport.Teams;

/// <summary>Knobs for a token minted by <see cref="FakeBotConnector.MintToken"/>; null means "the correct value".</summary>
/// <param name="Audience">The <c>aud</c> claim (default: the connector's app id).</param>
/// <param name="Issuer">The <c>iss</c> claim (default <c>https://api.botframework.com</c>).</param>
/// <param name="ServiceUrl">The <c>serviceurl</c> claim (default: the connector's service URL); "" leaves the claim out.</param>
/// <param name="ExpiresIn">Lifetime from now; negative for an expired token (default 1 hour).</param>
/// <param name="Key">Which key signs it.</param>
/// <param name="Algorithm">The header's <c>alg</c>: RS256 unless testing "none"/HS256 style attacks.</param>
public sealed record FakeTokenSpec(
    string? Audience = null,
    string? Issuer = null,
    string? ServiceUrl = null,
    TimeSpan? ExpiresIn = null,
    FakeSigningKey Key = FakeSigningKey.Published,
    string Algorithm = "RS256");

/// <summary>Which key signs a minted token.</summary>
public enum FakeSigningKey
{
    /// <summary>The key published in the key set (correct).</summary>
    Published,
    /// <summary>Another key, but with the published key's id: the signature does not verify.</summary>
    WrongKeySameKid,
    /// <summary>A key whose id is not in the key set.</summary>
    UnknownKid,
}
