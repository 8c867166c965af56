namespace PartnerBot.Teams.Auth;

/// <summary>Outcome of checking a request's credentials: an identity, or why it was refused.</summary>
internal readonly record struct AuthResult(InboundIdentity? Identity, string? Failure)
{
    public static AuthResult Fail(string reason) => new(null, reason);

    public static AuthResult Ok(InboundIdentity identity) => new(identity, null);
}
