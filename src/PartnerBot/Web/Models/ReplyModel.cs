using PartnerBot.Core.Conversation;

namespace PartnerBot.Web.Models;

/// <summary>The bot's reply as the API returns it (answers, company reports, the fact of the day).</summary>
/// <param name="ReplyId">Id for <c>POST /api/feedback</c>.</param>
/// <param name="Kind">"answer", "notCovered", "company", "fact", …</param>
/// <param name="Title">Heading, when any.</param>
/// <param name="Answer">Main text, plain.</param>
/// <param name="Abstained">True when the articles do not answer the question.</param>
/// <param name="Corrected">"Showing results for …" when a typo was corrected.</param>
/// <param name="Citations">Cited passages, best first.</param>
/// <param name="Suggestions">Things to ask next.</param>
public sealed record ReplyModel(
    string ReplyId,
    string Kind,
    string? Title,
    string Answer,
    bool Abstained,
    string? Corrected,
    IReadOnlyList<CitationModel> Citations,
    IReadOnlyList<string> Suggestions)
{
    public static ReplyModel From(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var kind = reply.Kind.ToString();
        return new ReplyModel(reply.Id, char.ToLowerInvariant(kind[0]) + kind[1..], reply.Title, reply.Text,
            reply.Kind == ReplyKind.NotCovered, reply.Corrected, reply.Citations.Select(CitationModel.From).ToList(), reply.Suggestions);
    }
}
