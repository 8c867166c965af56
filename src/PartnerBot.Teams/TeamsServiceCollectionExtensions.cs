using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerBot.Teams.Auth;
using PartnerBot.Teams.Cards;
using PartnerBot.Teams.Connector;
using PartnerBot.Teams.Processing;

namespace PartnerBot.Teams;

/// <summary>Registration of the Teams bot.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Teams bot: options from the <c>Teams</c> section (validated at start), token validation, the Bot
    /// Connector client, the background worker (a hosted service that drains on shutdown), <see cref="TeamsStatus"/>,
    /// <see cref="ITeamsProactiveSender"/> and an in-memory <see cref="IConversationReferenceStore"/> unless one is
    /// already registered. Needs an <see cref="PartnerBot.Core.Conversation.IBot"/> registration.
    /// </summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.AddHttpClient(SigningKeyCache.HttpClientName, ConfigureTimeout)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(ConnectorClient.HttpClientName, ConfigureTimeout)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);

        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<TeamsMetrics>();
        services.TryAddSingleton<ActivityQueue>();
        services.TryAddSingleton(sp => new TeamsStatus(
            sp.GetRequiredService<IOptions<TeamsOptions>>().Value.IsDevMode,
            () => sp.GetRequiredService<ActivityQueue>().Count));
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<InboundAuthenticator>();
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<ActivityProcessor>();
        services.TryAddSingleton<CompanySearchResponder>();
        services.TryAddSingleton<ActivityEndpoint>();
        services.TryAddSingleton<ITeamsProactiveSender, TeamsProactiveSender>();
        services.AddHostedService<TeamsActivityWorker>();
        return services;
    }

    private static void ConfigureTimeout(IServiceProvider services, HttpClient client) =>
        client.Timeout = services.GetRequiredService<IOptions<TeamsOptions>>().Value.HttpTimeout;

    // A redirect could carry the bearer token, or a request, to a host nobody allowed.
    private static HttpMessageHandler NoRedirects() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
