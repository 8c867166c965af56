using PartnerBot.Core.Conversation;

namespace PartnerBot.Discord.Rendering;

/// <summary>Button <c>custom_id</c>s: <c>pb:{action}:{replyId}</c>, at most 100 characters.</summary>
internal static class CustomIds
{
    private const string Prefix = "pb:";

    public static string? For(ButtonAction action, string replyId)
    {
        var verb = action switch
        {
            ButtonAction.MoreSources => "more",
            ButtonAction.FeedbackUp => "up",
            ButtonAction.FeedbackDown => "down",
            _ => null,
        };
        if (verb is null) return null;
        var id = Prefix + verb + ":" + replyId;
        return id.Length <= DiscordLimits.CustomId ? id : null;
    }

    public static bool TryParse(string? customId, out BotCommand command, out string replyId)
    {
        command = default;
        replyId = "";
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = customId[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return false;
        BotCommand? parsed = rest[..colon] switch
        {
            "more" => BotCommand.MoreSources,
            "up" => BotCommand.FeedbackUp,
            "down" => BotCommand.FeedbackDown,
            _ => null,
        };
        if (parsed is null) return false;
        command = parsed.Value;
        replyId = rest[(colon + 1)..];
        return replyId.Length > 0;
    }
}
