using System.Text.Json.Nodes;

namespace PartnerBot.TestSupport.Teams;

/// <summary>One request the bot made to the fake connector's <c>v3/conversations/…/activities</c>.</summary>
/// <param name="ConversationId">Decoded conversation id from the path.</param>
/// <param name="ReplyToId">Decoded activity id from the path (a reply), or null (a new message/typing).</param>
/// <param name="RawPath">The path as sent (to check escaping and that the region segment survived).</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The activity JSON.</param>
/// <param name="Status">What the fake answered.</param>
/// <param name="Timestamp"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when it arrived (benchmarks).</param>
public sealed record RecordedActivity(
    string ConversationId,
    string? ReplyToId,
    string RawPath,
    string? Authorization,
    JsonObject Body,
    int Status,
    long Timestamp)
{
    public string? Type => Body["type"]?.GetValue<string>();
}
