using Microsoft.IdentityModel.Tokens;

namespace PartnerBot.Teams.Auth;

/// <summary>A connector signing key and the channels it is endorsed for.</summary>
/// <param name="Key">The RSA key.</param>
/// <param name="Endorsements">Channel ids (e.g. <c>msteams</c>) this key may sign activities for.</param>
internal sealed record SigningKey(SecurityKey Key, IReadOnlyList<string> Endorsements);
