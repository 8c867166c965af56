namespace PartnerBot.FactOfTheDay;

/// <summary>What happened to one destination's post for one date.</summary>
internal enum PostOutcome
{
    Sent,
    AlreadySent,
    PossiblySent,
    Failed,
    NoFacts,
    Unsubscribed,
}
