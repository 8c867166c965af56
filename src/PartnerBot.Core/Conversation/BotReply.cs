using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Conversation;

/// <summary>The platform-neutral reply: Discord renders it as an embed, Teams as an Adaptive Card, the web page as HTML.</summary>
/// <param name="Id">Short unique id; buttons refer to the reply by it.</param>
/// <param name="Kind">What kind of reply this is.</param>
/// <param name="Title">Heading (company name, "Fact of the day", …), or null.</param>
/// <param name="Text">Main text: the answer, the not-covered message, the fact, the help text. Plain text, not escaped.</param>
/// <param name="Citations">Passages cited, best first (already limited to what should be shown).</param>
/// <param name="Suggestions">Things to ask next (shown as hints).</param>
/// <param name="Buttons">Buttons under the reply.</param>
/// <param name="Corrected">"Showing results for …" text when the query was corrected, else null.</param>
/// <param name="Ephemeral">True when only the asker should see it (errors, notices).</param>
public sealed record BotReply(
    string Id,
    ReplyKind Kind,
    string? Title,
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<ReplyButton> Buttons,
    string? Corrected = null,
    bool Ephemeral = false);
