using System.Text.Json.Nodes;

namespace PartnerBot.TestSupport.Discord;

/// <summary>Builders for the dispatches a test injects.</summary>
public sealed partial class FakeDiscord
{
    public const string GuildId = "300000000000000003";
    public const string ChannelId = "400000000000000004";
    public const string UserId = "500000000000000005";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>INTERACTION_CREATE data for a slash command; options are (name, type, value).</summary>
    public JsonObject SlashCommand(string name, params (string Name, int Type, JsonNode? Value)[] options) =>
        Interaction(2, new JsonObject
        {
            ["id"] = NextId(),
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value }).ToArray()),
        });

    /// <summary>INTERACTION_CREATE data for a sub-command such as <c>/factoftheday subscribe channel:…</c>.</summary>
    public JsonObject SubCommand(string name, string sub, params (string Name, int Type, JsonNode? Value)[] options) =>
        Interaction(2, new JsonObject
        {
            ["id"] = NextId(),
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["name"] = sub,
                ["type"] = 1,
                ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value }).ToArray()),
            }),
        });

    /// <summary>Autocomplete (type 4) with the focused option's partial value.</summary>
    public JsonObject Autocomplete(string command, string option, string partial) =>
        Interaction(4, new JsonObject
        {
            ["id"] = NextId(),
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = partial, ["focused"] = true }),
        });

    /// <summary>A button click (type 3).</summary>
    public JsonObject Button(string customId) =>
        Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    /// <summary>MESSAGE_CREATE data; <paramref name="guildId"/> null makes it a DM.</summary>
    public JsonObject Message(string content, string authorId = UserId, bool authorIsBot = false, string? guildId = GuildId,
        bool mentionBot = false, string? repliedToAuthorId = null)
    {
        var message = new JsonObject
        {
            ["id"] = NextId(),
            ["channel_id"] = ChannelId,
            ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "someone", ["bot"] = authorIsBot },
            ["content"] = content,
            ["mentions"] = mentionBot ? new JsonArray(new JsonObject { ["id"] = BotUserId, ["username"] = "PartnerBot", ["bot"] = true }) : new JsonArray(),
        };
        if (guildId is not null) message["guild_id"] = guildId;
        if (repliedToAuthorId is not null)
            message["referenced_message"] = new JsonObject { ["id"] = NextId(), ["channel_id"] = ChannelId, ["author"] = new JsonObject { ["id"] = repliedToAuthorId }, ["content"] = "" };
        return message;
    }

    private JsonObject Interaction(int type, JsonObject data) => new()
    {
        ["id"] = NextId(),
        ["application_id"] = ApplicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "asker" } },
        ["token"] = "itoken-" + NextId(),
        ["version"] = 1,
    };
}
