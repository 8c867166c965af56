namespace PartnerBot.Discord.Interactions;

/// <summary>What to do with a chat message under the cooldown.</summary>
internal enum CooldownDecision
{
    Allow,
    Notice,
    Ignore,
}
