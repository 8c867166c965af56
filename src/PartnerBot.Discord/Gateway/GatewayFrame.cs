namespace PartnerBot.Discord.Gateway;

/// <summary>One received gateway message: a whole text payload, or the server's close.</summary>
internal readonly record struct GatewayFrame(byte[]? Payload, int? CloseCode, string? CloseReason)
{
    public bool IsClose => Payload is null;

    public static GatewayFrame Text(byte[] payload) => new(payload, null, null);

    public static GatewayFrame Closed(int? code, string? reason) => new(null, code, reason);
}
