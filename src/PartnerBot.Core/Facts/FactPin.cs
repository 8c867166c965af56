namespace PartnerBot.Core.Facts;

/// <summary>An operator's choice of fact for one date (it is posted everywhere that day, whatever the cycle says).</summary>
/// <param name="Date">The local date.</param>
/// <param name="KeyOrText">The fact's <see cref="Fact.Key"/> or its text.</param>
public sealed record FactPin(DateOnly Date, string KeyOrText);
