using System.Text.Json;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rendering;
using PartnerBot.Discord.Rest;

namespace PartnerBot.Discord.Messaging;

/// <summary>Posts rendered replies through the shared REST client (its rate limits and 5xx retries apply).</summary>
internal sealed class DiscordMessenger(DiscordRestClient rest) : IDiscordMessenger
{
    public async Task<string> SendAsync(string channelId, BotReply reply, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(reply);
        byte[]? body;
        try
        {
            body = await rest.CreateMessageAsync(channelId, ReplyRenderer.Render(reply, forInteraction: false), cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordUnauthorizedException e)
        {
            throw new DiscordDeliveryException(e.Message, 401, permanent: true, e);
        }
        catch (DiscordRestException e)
        {
            var transient = e.Status is 429 or >= 500;
            throw new DiscordDeliveryException(e.Message, e.Status, permanent: !transient, e);
        }
        catch (HttpRequestException e)
        {
            throw new DiscordDeliveryException("Discord could not be reached: " + e.Message, null, permanent: false, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DiscordDeliveryException("Discord did not answer in time.", null, permanent: false, e);
        }
        var message = body is { Length: > 0 } ? JsonSerializer.Deserialize(body, DiscordJsonContext.Default.JsonMessage) : null;
        return message?.Id ?? string.Empty;
    }
}
