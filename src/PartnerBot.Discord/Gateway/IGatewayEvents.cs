using System.Text.Json;
using PartnerBot.Discord.JsonModels;

namespace PartnerBot.Discord.Gateway;

/// <summary>What a shard reports upward. Implementations must return quickly (hand work to other tasks).</summary>
internal interface IGatewayEvents
{
    void OnReady(int shardId, JsonReady ready);

    void OnDispatch(int shardId, string eventName, JsonElement data, long receivedTimestamp);
}
