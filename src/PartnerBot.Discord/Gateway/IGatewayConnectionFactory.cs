namespace PartnerBot.Discord.Gateway;

/// <summary>Creates a fresh <see cref="IGatewayConnection"/> per connect attempt.</summary>
internal interface IGatewayConnectionFactory
{
    IGatewayConnection Create();
}
