using System.Text.Json.Nodes;
using PartnerBot.Teams.Cards;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Processing;

/// <summary>Builds outgoing activities the way the SDK fills them from the incoming one (from/recipient swapped, same conversation).</summary>
internal static class OutgoingActivities
{
    public static JsonObject Typing(Activity incoming) => Envelope("typing", incoming);

    /// <param name="incoming">The activity being answered.</param>
    /// <param name="card">The Adaptive Card.</param>
    /// <param name="summary">Plain-text summary (notifications, fallback).</param>
    /// <param name="replyToId">The message replied to, or null for a new message (welcome).</param>
    public static JsonObject Message(Activity incoming, JsonObject card, string summary, string? replyToId)
    {
        var activity = Envelope("message", incoming);
        if (!string.IsNullOrEmpty(replyToId)) activity["replyToId"] = replyToId;
        AddCard(activity, card, summary);
        return activity;
    }

    public static JsonObject Proactive(TeamsConversationReference reference, JsonObject card, string summary)
    {
        var conversation = new JsonObject { ["id"] = reference.ConversationId };
        if (reference.ConversationType is not null) conversation["conversationType"] = reference.ConversationType;
        if (reference.TenantId is not null) conversation["tenantId"] = reference.TenantId;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = reference.ChannelId,
            ["serviceUrl"] = reference.ServiceUrl,
            ["from"] = reference.BotName is null
                ? new JsonObject { ["id"] = reference.BotId }
                : new JsonObject { ["id"] = reference.BotId, ["name"] = reference.BotName },
            ["conversation"] = conversation,
        };
        if (reference.TenantId is not null)
        {
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = reference.TenantId } };
        }
        AddCard(activity, card, summary);
        return activity;
    }

    private static void AddCard(JsonObject activity, JsonObject card, string summary)
    {
        // The plain-text fallback travels as the card's fallbackText and the activity's summary (notifications),
        // not as "text": text plus an attachment is split by Teams into two posts.
        activity["summary"] = summary;
        activity["attachments"] = new JsonArray
        {
            new JsonObject { ["contentType"] = ReplyCardBuilder.ContentType, ["content"] = card },
        };
    }

    private static JsonObject Envelope(string type, Activity incoming)
    {
        var conversation = new JsonObject { ["id"] = incoming.Conversation?.Id };
        if (incoming.Conversation?.ConversationType is { } kind) conversation["conversationType"] = kind;
        if (incoming.TenantId is { } tenant) conversation["tenantId"] = tenant;
        var activity = new JsonObject
        {
            ["type"] = type,
            ["channelId"] = incoming.ChannelId,
            ["serviceUrl"] = incoming.ServiceUrl,
            ["from"] = Account(incoming.Recipient),
            ["recipient"] = Account(incoming.From),
            ["conversation"] = conversation,
        };
        if (!string.IsNullOrEmpty(incoming.Locale)) activity["locale"] = incoming.Locale;
        return activity;
    }

    private static JsonObject Account(ChannelAccount? account)
    {
        var node = new JsonObject { ["id"] = account?.Id };
        if (account?.Name is { } name) node["name"] = name;
        return node;
    }
}
