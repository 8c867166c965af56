namespace PartnerBot.Discord.Gateway;

/// <summary>The WebSocket seam: open, receive whole messages, send, close with a code, abort.</summary>
internal interface IGatewayConnection : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Receives until the end of one message; throws when the link drops without a close frame.</summary>
    ValueTask<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    ValueTask SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="code"/> without waiting for the server's answer.</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);

    void Abort();
}
