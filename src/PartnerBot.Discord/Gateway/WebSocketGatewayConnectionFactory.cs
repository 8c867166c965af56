namespace PartnerBot.Discord.Gateway;

/// <summary>Default factory: a new <see cref="WebSocketGatewayConnection"/> each time.</summary>
internal sealed class WebSocketGatewayConnectionFactory : IGatewayConnectionFactory
{
    public IGatewayConnection Create() => new WebSocketGatewayConnection();
}
