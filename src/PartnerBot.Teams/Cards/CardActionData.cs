using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerBot.Core.Conversation;

namespace PartnerBot.Teams.Cards;

/// <summary>The data our <c>Action.Submit</c> buttons carry, and reading it back from a message's <c>value</c>.</summary>
/// <remarks>Shape: <c>{"partnerbot":"feedbackUp","replyId":"…"}</c>; Teams merges card inputs into it (we have none).</remarks>
internal static class CardActionData
{
    public const string ActionProperty = "partnerbot";
    public const string ReplyIdProperty = "replyId";

    public static JsonObject Create(ButtonAction action, string replyId) => new()
    {
        [ActionProperty] = Name(action),
        [ReplyIdProperty] = replyId,
    };

    /// <summary>The command a submitted card asks for, or null when <paramref name="value"/> is not ours.</summary>
    public static (BotCommand Command, string ReplyId)? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty(ActionProperty, out var action) || action.ValueKind != JsonValueKind.String
            || !v.TryGetProperty(ReplyIdProperty, out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        BotCommand? command = action.GetString() switch
        {
            "feedbackUp" => BotCommand.FeedbackUp,
            "feedbackDown" => BotCommand.FeedbackDown,
            "moreSources" => BotCommand.MoreSources,
            _ => null,
        };
        var replyId = id.GetString()!;
        return command is null || replyId.Length is 0 or > 200 ? null : (command.Value, replyId);
    }

    private static string Name(ButtonAction action) => action switch
    {
        ButtonAction.FeedbackUp => "feedbackUp",
        ButtonAction.FeedbackDown => "feedbackDown",
        ButtonAction.MoreSources => "moreSources",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a submit action."),
    };
}
