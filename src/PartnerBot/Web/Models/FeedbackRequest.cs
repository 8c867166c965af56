namespace PartnerBot.Web.Models;

/// <summary>Body of <c>POST /api/feedback</c>: <c>vote</c> is "up" or "down".</summary>
public sealed record FeedbackRequest(string? ReplyId, string? Vote);
