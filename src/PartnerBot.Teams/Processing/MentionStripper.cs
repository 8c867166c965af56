using System.Net;
using System.Text.RegularExpressions;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Processing;

/// <summary>Removes the bot's own <c>&lt;at&gt;</c> mention from message text, deciding who was mentioned by the entities.</summary>
/// <remarks>
/// Text is user-editable, so only mention entities whose <c>mentioned.id</c> is the recipient (the bot) count;
/// mentions of other people stay in the question. Mirrors the SDK's <c>RemoveRecipientMention</c>, plus
/// whitespace collapsing and <c>&amp;nbsp;</c> decoding.
/// </remarks>
internal static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId) && activity.Entities is { Count: > 0 } entities)
        {
            foreach (var entity in entities)
            {
                if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
                if (!string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal)) continue;
                var literal = !string.IsNullOrEmpty(entity.Text)
                    ? entity.Text
                    : entity.Mentioned?.Name is { Length: > 0 } name ? $"<at>{name}</at>" : null;
                if (literal is not null) text = text.Replace(literal, " ", StringComparison.OrdinalIgnoreCase);
            }
        }
        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
