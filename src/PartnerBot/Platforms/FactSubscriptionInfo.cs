namespace PartnerBot.Platforms;

/// <summary>A conversation that receives the daily fact.</summary>
/// <param name="Platform">"discord" or "teams".</param>
/// <param name="ConversationId">Channel or conversation id.</param>
/// <param name="Since">When it subscribed.</param>
public sealed record FactSubscriptionInfo(string Platform, string ConversationId, DateTimeOffset Since);
