using System.Buffers;
using System.Net.WebSockets;

namespace PartnerBot.Discord.Gateway;

/// <summary><see cref="IGatewayConnection"/> over <see cref="ClientWebSocket"/> (plain JSON text frames).</summary>
internal sealed class WebSocketGatewayConnection : IGatewayConnection
{
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[16 * 1024];

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public async ValueTask<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        // READY and GUILD_CREATE can be megabytes: loop to EndOfMessage.
        var message = new ArrayBufferWriter<byte>(_buffer.Length);
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
                return GatewayFrame.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            message.Write(_buffer.AsSpan(0, result.Count));
            if (result.EndOfMessage) return GatewayFrame.Text(message.WrittenSpan.ToArray());
        }
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
