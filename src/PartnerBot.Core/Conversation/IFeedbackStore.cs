namespace PartnerBot.Core.Conversation;

/// <summary>Where feedback and unanswered questions are kept for operators.</summary>
public interface IFeedbackStore
{
    void Record(FeedbackEntry entry);

    /// <summary>Most recent first.</summary>
    IReadOnlyList<FeedbackEntry> Recent(int max);
}
