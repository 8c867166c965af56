namespace PartnerBot.Core.Conversation;

/// <summary>What a request asks the bot to do. Platforms map their commands, buttons and chat text onto these.</summary>
public enum BotCommand
{
    /// <summary>A free-text question (chat message, <c>/ask</c>).</summary>
    Ask,
    /// <summary>Company lookup; <see cref="BotRequest.Text"/> is the name.</summary>
    Company,
    /// <summary>Today's fact.</summary>
    Fact,
    /// <summary>List the articles.</summary>
    Sources,
    /// <summary>What the bot can do.</summary>
    Help,
    /// <summary>Further citations of an earlier reply; <see cref="BotRequest.Text"/> is that reply's id.</summary>
    MoreSources,
    /// <summary>👍 on an earlier reply; <see cref="BotRequest.Text"/> is that reply's id.</summary>
    FeedbackUp,
    /// <summary>👎 on an earlier reply; <see cref="BotRequest.Text"/> is that reply's id.</summary>
    FeedbackDown,
    /// <summary>Subscribe the conversation to the daily fact.</summary>
    SubscribeFact,
    /// <summary>Unsubscribe the conversation from the daily fact.</summary>
    UnsubscribeFact,
    /// <summary>Whether the conversation is subscribed to the daily fact.</summary>
    FactStatus,
}
