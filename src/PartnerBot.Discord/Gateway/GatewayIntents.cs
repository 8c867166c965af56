namespace PartnerBot.Discord.Gateway;

/// <summary>Gateway intent bits we use.</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int MessageContent = 1 << 15;

    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES, plus MESSAGE_CONTENT when configured (mentions, DMs and replies work without it).</summary>
    public static int For(bool messageContent) => Guilds | GuildMessages | DirectMessages | (messageContent ? MessageContent : 0);
}
