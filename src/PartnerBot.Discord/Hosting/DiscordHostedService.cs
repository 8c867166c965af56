using Microsoft.Extensions.Hosting;

namespace PartnerBot.Discord.Hosting;

/// <summary>Only starts and stops the Discord client; everything else lives in <see cref="DiscordBotClient"/>.</summary>
internal sealed class DiscordHostedService(DiscordBotClient client) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        client.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => client.StopAsync(cancellationToken);
}
