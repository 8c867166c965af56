using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PartnerBot.TestSupport.Discord;

/// <summary>One gateway WebSocket the client opened; scriptable from the test.</summary>
public sealed class FakeGatewayConnection
{
    private readonly FakeDiscord _owner;
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _identified;

    internal FakeGatewayConnection(FakeDiscord owner, WebSocket socket, HttpContext context, int index)
    {
        _owner = owner;
        _socket = socket;
        _context = context;
        Index = index;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
        AutoAck = owner.AutoAck;
    }

    /// <summary>0-based order of this connection.</summary>
    public int Index { get; }

    /// <summary><c>/gw</c> (from /gateway/bot) or <c>/gw-resume</c> (READY's resume URL).</summary>
    public string Path { get; }

    public string Query { get; }

    /// <summary>Answer op 1 with op 11 (turn off to make the connection a zombie).</summary>
    public bool AutoAck { get; set; }

    /// <summary>Session this connection identified or resumed.</summary>
    public FakeSession? Session { get; private set; }

    /// <summary>Every payload the client sent.</summary>
    public Signals<JsonNode> Received { get; } = new();

    /// <summary>Close code the client sent (null when the link just dropped).</summary>
    public Task<int?> ClientClosed => _clientClosed.Task;

    public Task<JsonNode> WaitForOpAsync(int op, int occurrence = 1) =>
        Received.WaitAsync(p => (int?)p["op"] == op, occurrence);

    public Task SendOpAsync(int op, JsonNode? data) =>
        SendAsync(new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null });

    /// <summary>Sends a dispatch with the session's next sequence number (kept for replay on resume).</summary>
    public Task SendDispatchAsync(string eventName, JsonNode data)
    {
        var session = Session ?? throw new InvalidOperationException("No session on this connection yet.");
        var payload = session.Record(eventName, data);
        return SendAsync(payload);
    }

    public async Task SendAsync(JsonNode payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes from the server side with <paramref name="code"/> (4004, 4014, 4000, …).</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP link without a close frame.</summary>
    public void DropTcp() => _context.Abort();

    internal async Task RunAsync()
    {
        if (_owner.SendHelloOnConnect) await SendOpAsync(10, new JsonObject { ["heartbeat_interval"] = _owner.HeartbeatIntervalMs }).ConfigureAwait(false);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _context.RequestAborted).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _clientClosed.TrySetResult((int?)result.CloseStatus);
                        await CloseAsync((int)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure)).ConfigureAwait(false);
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (message.Length > 4096)
                {
                    await CloseAsync(4002, "Payload too large.").ConfigureAwait(false);
                    return;
                }
                var payload = JsonNode.Parse(message.ToArray())!;
                Received.Add(payload);
                await HandleAsync(payload).ConfigureAwait(false);
            }
        }
        catch (Exception) when (!_clientClosed.Task.IsCompleted)
        {
            _clientClosed.TrySetResult(null);
        }
        finally
        {
            _clientClosed.TrySetResult(null);
        }
    }

    private async Task HandleAsync(JsonNode payload)
    {
        var op = (int?)payload["op"];
        if (op is not (1 or 2 or 6) && Session is null)
        {
            await CloseAsync(4003, "Not authenticated.").ConfigureAwait(false);
            return;
        }
        switch (op)
        {
            case 1:
                if (AutoAck) await SendOpAsync(11, null).ConfigureAwait(false);
                break;
            case 2:
                await IdentifyAsync(payload["d"]!).ConfigureAwait(false);
                break;
            case 6:
                await ResumeAsync(payload["d"]!).ConfigureAwait(false);
                break;
        }
    }

    private async Task IdentifyAsync(JsonNode d)
    {
        if (_identified)
        {
            await CloseAsync(4005, "Already authenticated.").ConfigureAwait(false);
            return;
        }
        _identified = true;
        if ((string?)d["token"] != _owner.Token)
        {
            await CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
            return;
        }
        var intents = (int?)d["intents"] ?? 0;
        if ((intents & ~FakeDiscord.KnownIntents) != 0)
        {
            await CloseAsync(4013, "Invalid intent(s).").ConfigureAwait(false);
            return;
        }
        if ((intents & FakeDiscord.MessageContentIntent) != 0 && !_owner.MessageContentEnabled)
        {
            await CloseAsync(4014, "Disallowed intent(s).").ConfigureAwait(false);
            return;
        }
        var shard = d["shard"]?.AsArray();
        if (shard is not null && ((int?)shard[1] != _owner.Shards || (int?)shard[0] is not { } id || id < 0 || id >= _owner.Shards))
        {
            await CloseAsync(4010, "Invalid shard.").ConfigureAwait(false);
            return;
        }
        Session = _owner.NewSession();
        if (_owner.AutoReady) await SendDispatchAsync("READY", _owner.ReadyPayload(Session)).ConfigureAwait(false);
    }

    private async Task ResumeAsync(JsonNode d)
    {
        var session = _owner.FindSession((string?)d["session_id"]);
        if (session is null || (string?)d["token"] != _owner.Token)
        {
            await SendOpAsync(9, false).ConfigureAwait(false);
            return;
        }
        var seq = (int?)d["seq"] ?? 0;
        if (seq > session.Sequence)
        {
            await CloseAsync(4007, "Invalid seq.").ConfigureAwait(false);
            return;
        }
        Session = session;
        foreach (var missed in session.After(seq)) await SendAsync(missed).ConfigureAwait(false);
        await SendDispatchAsync("RESUMED", new JsonObject()).ConfigureAwait(false);
    }
}
