namespace PartnerBot.Platforms;

/// <summary>What a platform connection reports about itself.</summary>
/// <param name="State">Short state word: "connected", "connecting", "off", "failed", …</param>
/// <param name="Connected">True when it can receive and send messages now.</param>
/// <param name="Detail">One line a person can act on ("no token configured", "last error: …"); never a secret.</param>
public sealed record PlatformSnapshot(string State, bool Connected, string? Detail = null);
