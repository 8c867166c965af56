namespace PartnerBot.Platforms;

/// <summary>One daily fact post attempt.</summary>
/// <param name="At">When it was posted.</param>
/// <param name="Platform">"discord" or "teams".</param>
/// <param name="ConversationId">Where.</param>
/// <param name="FactKey">Which fact.</param>
/// <param name="Outcome">"sent" or the error.</param>
public sealed record FactPostInfo(DateTimeOffset At, string Platform, string ConversationId, string FactKey, string Outcome);
