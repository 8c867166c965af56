namespace PartnerBot.State;

/// <summary>One row of the posting log, unique per (destination, local date).</summary>
public sealed record PostRecord(
    Destination Destination,
    DateOnly LocalDate,
    string FactKey,
    PostStatus Status,
    int Attempts,
    string? MessageId,
    string? Error,
    DateTimeOffset UpdatedAt);
