namespace PartnerBot.Discord.Rest;

/// <summary>One REST call: the route template names the rate-limit route, <paramref name="Major"/> its top-level resource.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">Route template, e.g. <c>/channels/{channel_id}/messages</c>.</param>
/// <param name="Path">The concrete path below the API base.</param>
/// <param name="Major">Top-level resource (channel, guild, webhook+token, interaction) the bucket is keyed by.</param>
/// <param name="GlobalExempt">Interaction callbacks and webhook-token routes do not count against the global limit.</param>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string Major, bool GlobalExempt = false)
{
    public string Key => Method.Method + " " + Template;

    public override string ToString() => Key;

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "");

    public static DiscordRoute GetCommands(string appId, string? guildId) => guildId is null
        ? new(HttpMethod.Get, "/applications/{application_id}/commands", $"/applications/{appId}/commands", "")
        : new(HttpMethod.Get, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{appId}/guilds/{guildId}/commands", guildId);

    public static DiscordRoute PutCommands(string appId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{appId}/commands", "")
        : new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{appId}/guilds/{guildId}/commands", guildId);

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", channelId);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{token}/callback", $"/interactions/{interactionId}/{token}/callback", interactionId, GlobalExempt: true);

    public static DiscordRoute EditOriginal(string appId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{token}/messages/@original", $"/webhooks/{appId}/{token}/messages/@original", appId + "/" + token, GlobalExempt: true);
}
