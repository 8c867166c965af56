using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Discord;
using PartnerBot.Discord.Gateway;
using PartnerBot.Discord.Hosting;
using PartnerBot.Discord.Rest;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Discord part.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DiscordOptions"/> from the <c>Discord</c> section (validated at start), registers the client,
    /// <see cref="DiscordStatus"/>, the <see cref="DiscordTelemetry.MeterName"/> meter and a hosted service that starts and stops it.
    /// Without a token the part stays off with one log line. Needs an <c>IBot</c> registered when a token is set.
    /// </summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordStatus>();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton(new DiscordJitter(Random.Shared));
        services.TryAddSingleton<IGatewayConnectionFactory, WebSocketGatewayConnectionFactory>();
        // No default request logging: interaction and webhook URLs carry tokens (DiscordRestClient logs its own
        // failures without them), and the per-request log scopes cost measurable time under load.
        services.AddHttpClient(DiscordRestClient.HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName),
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("PartnerBot.Discord.Rest"),
            sp.GetRequiredService<DiscordMetrics>()));
        services.TryAddSingleton<DiscordBotClient>();
        services.TryAddSingleton<PartnerBot.Discord.Messaging.IDiscordMessenger, PartnerBot.Discord.Messaging.DiscordMessenger>();
        services.AddHostedService<DiscordHostedService>();
        return services;
    }
}
