using System.Runtime.InteropServices;
using System.Text.Json;
using PartnerBot.Discord.JsonModels;

namespace PartnerBot.Discord.Gateway;

/// <summary>The receive loop, the heartbeat loop (its own task, never behind handlers) and outgoing payloads.</summary>
internal sealed partial class GatewayShard
{
    private const int MaxPayloadBytes = 4096;

    private async Task ReceiveLoopAsync(ConnectionState state, bool resume, TimeSpan identifyDelay, StrongBox<bool> ready)
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                var frame = await state.Connection.ReceiveAsync(state.Token).ConfigureAwait(false);
                var received = _time.GetTimestamp();
                if (frame.IsClose)
                {
                    state.Stop(GatewayCloseCodes.Classify(frame.CloseCode, frame.CloseReason));
                    return;
                }
                var payload = JsonSerializer.Deserialize(frame.Payload!, DiscordJsonContext.Default.JsonGatewayPayload);
                if (payload is null) continue;
                switch (payload.Op)
                {
                    case 0:
                        OnDispatch(payload, received, ready);
                        break;
                    case 1:
                        // Discord asks for a beat now.
                        _ = SendHeartbeatAsync(state);
                        break;
                    case 7:
                        state.Stop(ConnectionOutcome.Resume("Discord asked to reconnect (op 7)"));
                        return;
                    case 9:
                        state.Stop(payload.D is { ValueKind: JsonValueKind.True }
                            ? ConnectionOutcome.Resume("invalid session, resumable (op 9)")
                            : ConnectionOutcome.NewSession("invalid session (op 9)", TimeSpan.FromSeconds(1 + 4 * _jitter.Next())));
                        return;
                    case 10:
                        var hello = payload.D?.Deserialize(DiscordJsonContext.Default.JsonHello);
                        var interval = TimeSpan.FromMilliseconds(Math.Max(1, hello?.HeartbeatInterval ?? 41250));
                        state.Acked = true; // a stale flag from an earlier connection would loop forever
                        state.Heartbeat ??= HeartbeatLoopAsync(state, interval);
                        _ = resume ? SendResumeAsync(state) : IdentifyAsync(state, identifyDelay);
                        break;
                    case 11:
                        state.Acked = true;
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (state.Token.IsCancellationRequested)
        {
            state.Stop(ConnectionOutcome.Shutdown());
        }
        catch (Exception ex)
        {
            // No close frame: the TCP link dropped. The session stays resumable.
            state.Stop(ConnectionOutcome.Resume("connection lost (" + ex.GetType().Name + ")"));
        }
    }

    private void OnDispatch(JsonGatewayPayload payload, long received, StrongBox<bool> ready)
    {
        if (payload.S is { } s) SetSequence(s);
        switch (payload.T)
        {
            case "READY":
                var data = payload.D?.Deserialize(DiscordJsonContext.Default.JsonReady);
                if (data is null) return;
                SetSession(data.SessionId, data.ResumeGatewayUrl);
                ready.Value = true;
                _status.ShardReady(_shardId);
                Log.ShardReady(_logger, _shardId);
                _events.OnReady(_shardId, data);
                break;
            case "RESUMED":
                ready.Value = true;
                _status.ShardReady(_shardId);
                Log.ShardResumed(_logger, _shardId);
                break;
            case { } name when payload.D is { } d:
                _events.OnDispatch(_shardId, name, d, received);
                break;
        }
    }

    private async Task HeartbeatLoopAsync(ConnectionState state, TimeSpan interval)
    {
        try
        {
            await Task.Delay(interval * _jitter.Next(), _time, state.Token).ConfigureAwait(false);
            using var timer = new PeriodicTimer(interval, _time);
            while (true)
            {
                if (!state.Acked)
                {
                    Log.Zombie(_logger, _shardId);
                    state.Stop(ConnectionOutcome.Resume("zombie connection: no heartbeat ACK"));
                    return;
                }
                state.Acked = false;
                await SendHeartbeatAsync(state).ConfigureAwait(false);
                if (!await timer.WaitForNextTickAsync(state.Token).ConfigureAwait(false)) return;
            }
        }
        catch (OperationCanceledException)
        {
            // Connection closed.
        }
    }

    private async Task SendHeartbeatAsync(ConnectionState state)
    {
        var seq = Sequence;
        JsonElement? d = seq is { } s ? JsonSerializer.SerializeToElement(s, DiscordJsonContext.Default.Int32) : null;
        await SendAsync(state, 1, d, heartbeat: true).ConfigureAwait(false);
    }

    private async Task IdentifyAsync(ConnectionState state, TimeSpan minimumDelay)
    {
        try
        {
            await _identifyGate.WaitAsync(_shardId, minimumDelay, state.Token).ConfigureAwait(false);
            var identify = new JsonIdentify
            {
                Token = _token,
                Intents = _intents,
                Shard = [_shardId, _shardCount],
                Properties = new JsonIdentifyProperties { Os = RuntimeInformation.OSDescription.Contains("Windows", StringComparison.Ordinal) ? "windows" : "linux" },
            };
            await SendAsync(state, 2, JsonSerializer.SerializeToElement(identify, DiscordJsonContext.Default.JsonIdentify), heartbeat: false).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Connection closed while waiting.
        }
    }

    private async Task SendResumeAsync(ConnectionState state)
    {
        var resume = new JsonResume { Token = _token, SessionId = SessionId ?? "", Seq = Sequence };
        await SendAsync(state, 6, JsonSerializer.SerializeToElement(resume, DiscordJsonContext.Default.JsonResume), heartbeat: false).ConfigureAwait(false);
    }

    private async Task SendAsync(ConnectionState state, int op, JsonElement? data, bool heartbeat)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new JsonGatewayPayload { Op = op, D = data }, DiscordJsonContext.Default.JsonGatewayPayload);
        if (bytes.Length > MaxPayloadBytes) throw new InvalidOperationException($"Gateway payload op {op} is {bytes.Length} bytes; Discord allows {MaxPayloadBytes}.");
        try
        {
            await state.Limiter.WaitAsync(heartbeat, state.Token).ConfigureAwait(false);
            await state.SendLock.WaitAsync(state.Token).ConfigureAwait(false);
            try
            {
                await state.Connection.SendAsync(bytes, state.Token).ConfigureAwait(false);
            }
            finally
            {
                state.SendLock.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // Connection closed.
        }
        catch (Exception ex)
        {
            state.Stop(ConnectionOutcome.Resume("send failed (" + ex.GetType().Name + ")"));
        }
    }
}
