namespace PartnerBot.Core.Conversation;

/// <summary>A button under a reply. Platforms encode <see cref="Action"/> and <see cref="Payload"/> in their own ids.</summary>
/// <param name="Label">Text on the button.</param>
/// <param name="Action">What pressing it does.</param>
/// <param name="Payload">Reply id for MoreSources/feedback, URL for OpenUrl.</param>
public sealed record ReplyButton(string Label, ButtonAction Action, string Payload);

/// <summary>What a <see cref="ReplyButton"/> does.</summary>
public enum ButtonAction
{
    /// <summary>Ask for <see cref="BotCommand.MoreSources"/> with the payload as reply id.</summary>
    MoreSources,
    /// <summary><see cref="BotCommand.FeedbackUp"/> with the payload as reply id.</summary>
    FeedbackUp,
    /// <summary><see cref="BotCommand.FeedbackDown"/> with the payload as reply id.</summary>
    FeedbackDown,
    /// <summary>Open the payload URL.</summary>
    OpenUrl,
}
