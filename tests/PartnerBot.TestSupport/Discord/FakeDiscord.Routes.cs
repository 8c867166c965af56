using System.Text.Json.Nodes;

namespace PartnerBot.TestSupport.Discord;

/// <summary>The REST routes the bot uses.</summary>
public sealed partial class FakeDiscord
{
    private (int, JsonNode?, Dictionary<string, string>) Route(string method, string path, string authorization, string body)
    {
        var headers = new Dictionary<string, string>();
        var parts = path.Trim('/').Split('/');
        var tokenRoute = parts[0] is "interactions" or "webhooks";
        if (!tokenRoute && authorization != "Bot " + Token)
            return (401, new JsonObject { ["code"] = 0, ["message"] = "401: Unauthorized" }, headers);
        switch (method, parts)
        {
            case ("GET", ["gateway", "bot"]):
                return (200, new JsonObject
                {
                    ["url"] = new Uri(Root, "/gw").ToString().Replace("http://", "ws://", StringComparison.Ordinal),
                    ["shards"] = Shards,
                    ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 0, ["max_concurrency"] = MaxConcurrency },
                }, headers);
            case ("GET", ["applications", _, "commands"]):
                return (200, CommandsOf("global").DeepClone(), headers);
            case ("GET", ["applications", _, "guilds", var guild, "commands"]):
                return (200, CommandsOf(guild).DeepClone(), headers);
            case ("PUT", ["applications", _, "commands"]):
                return (200, StoreCommands("global", body), headers);
            case ("PUT", ["applications", _, "guilds", var guild, "commands"]):
                return (200, StoreCommands(guild, body), headers);
            case ("POST", ["interactions", _, _, "callback"]):
                return (204, null, headers);
            case ("PATCH", ["webhooks", _, _, "messages", "@original"]):
                return (200, Message(body), headers);
            case ("POST", ["channels", _, "messages"]):
                headers["X-RateLimit-Limit"] = "5";
                headers["X-RateLimit-Remaining"] = MessageBucketRemaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
                headers["X-RateLimit-Reset-After"] = MessageBucketResetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                headers["X-RateLimit-Bucket"] = "messages";
                return (200, Message(body), headers);
            default:
                return (404, new JsonObject { ["code"] = 0, ["message"] = "404: Not Found" }, headers);
        }
    }

    private JsonArray CommandsOf(string scope)
    {
        lock (Commands) { return Commands.TryGetValue(scope, out var list) ? list : []; }
    }

    private JsonNode StoreCommands(string scope, string body)
    {
        var list = JsonNode.Parse(body)!.AsArray();
        foreach (var command in list) command!["id"] = NextId();
        lock (Commands) { Commands[scope] = list; }
        return list.DeepClone();
    }

    private JsonNode Message(string body)
    {
        var message = JsonNode.Parse(body.Length == 0 ? "{}" : body)!;
        message["id"] = NextId();
        return message;
    }
}
