namespace PartnerBot.Teams.Auth;

/// <summary>Who sent a request: the Bot Connector (validated token) or, in development mode, an anonymous loopback caller.</summary>
/// <param name="Anonymous">True for an unauthenticated loopback request in development mode.</param>
/// <param name="ServiceUrl">The token's <c>serviceurl</c> claim, when any.</param>
/// <param name="Endorsements">Channels the signing key is endorsed for.</param>
internal sealed record InboundIdentity(bool Anonymous, string? ServiceUrl, IReadOnlyList<string> Endorsements)
{
    public static readonly InboundIdentity Developer = new(true, null, []);
}
