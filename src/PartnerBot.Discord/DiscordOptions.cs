namespace PartnerBot.Discord;

/// <summary>Settings of the Discord part, bound from the <c>Discord</c> configuration section.</summary>
/// <remarks>The token comes only from the environment (<c>Discord__Token</c>) or user secrets and is never logged.</remarks>
public sealed class DiscordOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>Raw bot token (no "Bot " prefix). Empty → the Discord part stays off.</summary>
    public string? Token { get; set; }

    /// <summary>REST base; the gateway URL always comes from <c>GET /gateway/bot</c> on this base.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Application id; taken from READY when empty.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>When set, commands are registered in this guild (instant updates) instead of globally.</summary>
    public string? DevGuildId { get; set; }

    /// <summary>Run only this shard (needs <see cref="ShardCount"/>); default: every recommended shard.</summary>
    public int? ShardId { get; set; }

    /// <summary>Total shards; default: what <c>/gateway/bot</c> recommends.</summary>
    public int? ShardCount { get; set; }

    /// <summary>Ask for the privileged MESSAGE_CONTENT intent (must also be enabled in the Developer Portal).</summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Chat messages a user may send within <see cref="CooldownSeconds"/> before the cooldown applies.</summary>
    public int CooldownMessages { get; set; } = 3;

    /// <summary>Length of the per-user cooldown window, in seconds.</summary>
    public double CooldownSeconds { get; set; } = 20;

    /// <summary>How long an interaction may take before it is deferred (type 5); must stay well inside Discord's 3 s.</summary>
    public double DeferAfterSeconds { get; set; } = 2;

    internal bool Enabled => !string.IsNullOrWhiteSpace(Token);

    internal TimeSpan DeferAfter => TimeSpan.FromSeconds(DeferAfterSeconds);

    internal TimeSpan CooldownWindow => TimeSpan.FromSeconds(CooldownSeconds);
}
