namespace PartnerBot.Discord.Gateway;

/// <summary>What the shard does after a connection ends.</summary>
internal enum NextStep
{
    Resume,
    NewSession,
    Stop,
    Shutdown,
}
