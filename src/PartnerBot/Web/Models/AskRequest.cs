namespace PartnerBot.Web.Models;

/// <summary>Body of <c>POST /api/ask</c>.</summary>
public sealed record AskRequest(string? Question);
