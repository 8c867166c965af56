namespace PartnerBot.FactOfTheDay;

/// <summary>How a failed delivery is treated.</summary>
internal enum DeliveryFailure
{
    /// <summary>May work later today (429 beyond waits, 5xx, network): retried with backoff.</summary>
    Transient,

    /// <summary>The destination is gone or refuses us (404, 403, Teams conversation gone): counted towards disabling it.</summary>
    Permanent,

    /// <summary>The platform is not set up or its credentials are rejected: not the destination's fault, not counted.</summary>
    Unavailable,
}
