using System.Text.Json;
using PartnerBot.Discord.Gateway;
using PartnerBot.Discord.Interactions;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rest;

namespace PartnerBot.Discord;

/// <summary>Gateway events: every handler runs on its own task so the receive and heartbeat loops never wait.</summary>
internal sealed partial class DiscordBotClient : IGatewayEvents
{
    public void OnReady(int shardId, JsonReady ready)
    {
        Interlocked.CompareExchange(ref _applicationId, ready.Application?.Id, null);
        if (ready.User?.Id is { } self) Volatile.Write(ref _selfId, self);
        if (Volatile.Read(ref _applicationId) is { } appId) StartRegistration(appId);
    }

    public void OnDispatch(int shardId, string eventName, JsonElement data, long receivedTimestamp)
    {
        var token = _stop.Token;
        switch (eventName)
        {
            case "INTERACTION_CREATE":
                _ = Task.Run(() => Guard(eventName, async () =>
                {
                    var interaction = data.Deserialize(DiscordJsonContext.Default.JsonInteraction);
                    if (interaction is not null && _interactions is { } handler)
                        await handler.HandleAsync(interaction, Volatile.Read(ref _applicationId), receivedTimestamp, token).ConfigureAwait(false);
                }), CancellationToken.None);
                break;
            case "MESSAGE_CREATE":
                _ = Task.Run(() => Guard(eventName, async () =>
                {
                    var message = data.Deserialize(DiscordJsonContext.Default.JsonMessage);
                    if (message is not null && _chat is { } handler)
                        await handler.HandleAsync(message, Volatile.Read(ref _selfId), token).ConfigureAwait(false);
                }), CancellationToken.None);
                break;
        }
    }

    private void StartRegistration(string applicationId)
    {
        if (Interlocked.Exchange(ref _registrationStarted, 1) == 1) return;
        var registrar = new CommandRegistrar(rest, _options, logger);
        var token = _stop.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                _commandsSynced.TrySetResult(await registrar.SyncAsync(applicationId, token).ConfigureAwait(false));
            }
            catch (DiscordUnauthorizedException ex)
            {
                Stop(ex.Message);
            }
            catch (Exception ex)
            {
                Log.CommandsFailed(logger, ex);
                status.SetError("command registration failed: " + ex.Message);
                _commandsSynced.TrySetException(ex);
            }
        }, CancellationToken.None);
    }

    private async Task Guard(string eventName, Func<Task> handler)
    {
        try
        {
            await handler().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (DiscordUnauthorizedException ex)
        {
            Stop(ex.Message);
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(logger, ex, eventName);
            status.SetError(eventName + " handler failed: " + ex.Message);
        }
    }
}
