namespace PartnerBot.Platforms;

/// <summary>
/// What the fact-of-the-day scheduler shows operators: subscriptions and the last posts. The scheduler (issue 6)
/// implements it and registers it as a singleton; until then the admin view says the scheduler is not running.
/// </summary>
public interface IFactPostingStatus
{
    /// <summary>Conversations subscribed to the daily fact.</summary>
    IReadOnlyList<FactSubscriptionInfo> Subscriptions();

    /// <summary>Most recent posts first.</summary>
    IReadOnlyList<FactPostInfo> RecentPosts(int max);
}
