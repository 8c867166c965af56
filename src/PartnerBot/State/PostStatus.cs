namespace PartnerBot.State;

/// <summary>State of one (destination, local date) post in the posting log.</summary>
public enum PostStatus
{
    /// <summary>About to send, or sending: a row left in this state by a crash means "possibly sent" and is never resent.</summary>
    Intent,

    /// <summary>Delivered; the message id is recorded.</summary>
    Sent,

    /// <summary>A transient failure: known not delivered, may be retried the same day.</summary>
    Retry,

    /// <summary>Given up for the day (permanent failure, or retries ran out).</summary>
    Failed,
}
