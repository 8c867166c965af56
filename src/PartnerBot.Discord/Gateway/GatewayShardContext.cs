using Microsoft.Extensions.Logging;

namespace PartnerBot.Discord.Gateway;

/// <summary>What every shard of a process shares.</summary>
internal sealed record GatewayShardContext(
    string Token,
    int Intents,
    TimeProvider Time,
    DiscordJitter Jitter,
    IGatewayConnectionFactory ConnectionFactory,
    IGatewayEvents Events,
    IdentifyGate IdentifyGate,
    DiscordStatus Status,
    DiscordMetrics Metrics,
    ILogger Logger);
