namespace PartnerBot.Core.Conversation;

/// <summary>A question operators may want to review: disliked (👎), liked (👍) or unanswered.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Platform">Where.</param>
/// <param name="UserId">Who.</param>
/// <param name="Question">The question.</param>
/// <param name="Kind">"up", "down" or "unanswered".</param>
/// <param name="Answer">The answer given (empty when unanswered).</param>
public sealed record FeedbackEntry(DateTimeOffset At, string Platform, string UserId, string Question, string Kind, string Answer);
