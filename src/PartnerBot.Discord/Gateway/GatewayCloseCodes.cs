namespace PartnerBot.Discord.Gateway;

/// <summary>Maps a server close code to the next step; fatal codes carry a message telling the operator what to fix.</summary>
internal static class GatewayCloseCodes
{
    public static ConnectionOutcome Classify(int? code, string? reason)
    {
        var what = $"closed by Discord with {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"} {reason}".TrimEnd();
        return code switch
        {
            4004 => ConnectionOutcome.Fatal("Discord rejected the bot token (close 4004). Set a valid Discord:Token (environment variable Discord__Token) from Developer Portal → Bot → Reset Token, then restart."),
            4010 => ConnectionOutcome.Fatal("Discord says the shard is invalid (close 4010). Fix Discord:ShardId/ShardCount or remove them to use the count Discord recommends, then restart."),
            4011 => ConnectionOutcome.Fatal("Discord requires sharding (close 4011): the bot is in too many guilds for its shard count. Raise Discord:ShardCount or remove it to use the recommended count, then restart."),
            4012 => ConnectionOutcome.Fatal("Discord rejected the gateway API version (close 4012). Use Discord:ApiBaseUrl ending in /api/v10 and update PartnerBot."),
            4013 => ConnectionOutcome.Fatal("Discord rejected the intents (close 4013). This is a PartnerBot bug: report it with the log."),
            4014 => ConnectionOutcome.Fatal("Discord refused a privileged intent (close 4014). Enable the Message Content intent in Developer Portal → Bot → Privileged Gateway Intents, or set Discord:MessageContentIntent=false, then restart."),
            4003 or 4007 or 4009 => ConnectionOutcome.NewSession(what),
            1000 or 1001 => ConnectionOutcome.NewSession(what),
            _ => ConnectionOutcome.Resume(what),
        };
    }
}
