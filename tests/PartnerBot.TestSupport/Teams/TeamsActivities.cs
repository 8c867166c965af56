using System.Text.Json.Nodes;

namespace PartnerBot.TestSupport.Teams;

/// <summary>Realistic inbound Teams activities (ids, tenant in both places, mention entities) for tests and benchmarks.</summary>
public static class TeamsActivities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotName = "PartnerBot";
    public const string UserId = "29:1user-abc";
    public const string UserAadId = "6f0b9c4e-0000-4000-8000-000000000001";

    public static string BotId(string appId) => "28:" + appId;

    /// <summary>A message; with <paramref name="mention"/> the text starts with <c>&lt;at&gt;PartnerBot&lt;/at&gt;</c> and carries the entity.</summary>
    public static JsonObject Message(
        string serviceUrl, string appId, string text, string id = "1485983408511", string conversationId = "19:abc@thread.tacv2;messageid=1485983408511",
        bool mention = false, string conversationType = "channel", string channelId = "msteams")
    {
        var activity = Base("message", serviceUrl, appId, id, conversationId, conversationType, channelId);
        activity["text"] = mention ? $"<at>{BotName}</at> {text}" : text;
        activity["textFormat"] = "plain";
        var entities = new JsonArray
        {
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB", ["country"] = "GB", ["platform"] = "Web", ["timezone"] = "Europe/London" },
        };
        if (mention)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId(appId), ["name"] = BotName },
                ["text"] = $"<at>{BotName}</at>",
            });
        }
        activity["entities"] = entities;
        return activity;
    }

    /// <summary>An Action.Submit press: a message whose <c>value</c> is the card's data.</summary>
    public static JsonObject CardSubmit(string serviceUrl, string appId, JsonObject value, string id = "1485983409999", string conversationId = "a:personal-1")
    {
        var activity = Base("message", serviceUrl, appId, id, conversationId, "personal", "msteams");
        activity["value"] = value;
        return activity;
    }

    public static JsonObject InstallationUpdate(string serviceUrl, string appId, string action, string id = "f:install-1", string conversationId = "a:personal-1") =>
        With(Base("installationUpdate", serviceUrl, appId, id, conversationId, "personal", "msteams"), "action", action);

    /// <summary>The bot added to (or removed from) a team.</summary>
    public static JsonObject ConversationUpdate(string serviceUrl, string appId, bool added, string id = "f:update-1", string conversationId = "19:team@thread.tacv2")
    {
        var activity = Base("conversationUpdate", serviceUrl, appId, id, conversationId, "channel", "msteams");
        activity[added ? "membersAdded" : "membersRemoved"] = new JsonArray { new JsonObject { ["id"] = BotId(appId) } };
        return activity;
    }

    /// <summary>A messaging-extension search (<c>composeExtension/query</c>).</summary>
    public static JsonObject ComposeExtensionQuery(string serviceUrl, string appId, string query, int count = 10, string id = "f:query-1")
    {
        var activity = Base("invoke", serviceUrl, appId, id, "19:chat@thread.v2", "groupChat", "msteams");
        activity["name"] = "composeExtension/query";
        activity["value"] = new JsonObject
        {
            ["commandId"] = "searchCompany",
            ["parameters"] = new JsonArray { new JsonObject { ["name"] = "q", ["value"] = query } },
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = count },
        };
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string appId, string name, string id = "f:invoke-1")
    {
        var activity = Base("invoke", serviceUrl, appId, id, "a:personal-1", "personal", "msteams");
        activity["name"] = name;
        activity["value"] = new JsonObject();
        return activity;
    }

    private static JsonObject With(JsonObject o, string key, JsonNode value)
    {
        o[key] = value;
        return o;
    }

    private static JsonObject Base(string type, string serviceUrl, string appId, string id, string conversationId, string conversationType, string channelId)
    {
        var conversation = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId };
        if (conversationType != "personal") conversation["isGroup"] = true;
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = "2026-01-01T09:00:00.000Z",
            ["localTimestamp"] = "2026-01-01T09:00:00.000+00:00",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Ada Lovelace", ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = BotId(appId), ["name"] = BotName },
            ["conversation"] = conversation,
            ["locale"] = "en-GB",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
    }
}
