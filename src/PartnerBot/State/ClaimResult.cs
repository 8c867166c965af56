namespace PartnerBot.State;

/// <summary>What <see cref="StateStore.TryClaimPost"/> found for a (destination, date).</summary>
public enum ClaimResult
{
    /// <summary>The intent is recorded: the caller sends now.</summary>
    Claimed,

    /// <summary>Already delivered.</summary>
    AlreadySent,

    /// <summary>An intent without a result (a crash mid-send, or a send in progress): possibly delivered, so not sent again.</summary>
    PossiblySent,

    /// <summary>Given up for that date.</summary>
    GaveUp,
}
