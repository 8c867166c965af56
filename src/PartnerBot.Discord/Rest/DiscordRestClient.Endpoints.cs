using System.Text.Json;
using PartnerBot.Discord.JsonModels;

namespace PartnerBot.Discord.Rest;

/// <summary>The endpoints this bot uses.</summary>
internal sealed partial class DiscordRestClient
{
    public async Task<JsonGatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.GatewayBot(), null, DiscordJsonContext.Default.JsonGatewayBot, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("GET /gateway/bot returned no body.");

    public async Task<List<JsonApplicationCommand>> GetCommandsAsync(string appId, string? guildId, CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.GetCommands(appId, guildId), null, DiscordJsonContext.Default.ListJsonApplicationCommand, cancellationToken)
            .ConfigureAwait(false) ?? [];

    public Task<byte[]?> BulkOverwriteCommandsAsync(string appId, string? guildId, List<JsonApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.PutCommands(appId, guildId),
            JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.ListJsonApplicationCommand), cancellationToken);

    public Task<byte[]?> CreateMessageAsync(string channelId, JsonMessageCreate message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.CreateMessage(channelId),
            JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.JsonMessageCreate), cancellationToken);

    public Task<byte[]?> RespondAsync(string interactionId, string token, JsonInteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.InteractionCallback(interactionId, token),
            JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.JsonInteractionResponse), cancellationToken);

    public Task<byte[]?> RespondAsync(string interactionId, string token, JsonAutocompleteResponse response, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.InteractionCallback(interactionId, token),
            JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.JsonAutocompleteResponse), cancellationToken);

    public Task<byte[]?> EditOriginalAsync(string appId, string token, JsonMessageCreate message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.EditOriginal(appId, token),
            JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.JsonMessageCreate), cancellationToken);
}
