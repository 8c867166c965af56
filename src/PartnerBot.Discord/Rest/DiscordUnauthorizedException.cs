namespace PartnerBot.Discord.Rest;

/// <summary>Discord answered 401: the token is wrong. Every further call fails fast (too many 401s get the IP banned).</summary>
public sealed class DiscordUnauthorizedException() : Exception(
    "Discord rejected the bot token (HTTP 401). Set a valid Discord:Token (environment variable Discord__Token) from Developer Portal → Bot → Reset Token, then restart.");
