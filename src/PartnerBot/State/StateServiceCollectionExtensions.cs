using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PartnerBot.Core.Conversation;
using PartnerBot.Teams;

namespace PartnerBot.State;

/// <summary>Registration of the state store.</summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StateStore"/> on <c>&lt;dataFolder&gt;/state.db</c> (<c>:memory:</c> for an in-memory one) and
    /// the persistent <see cref="IConversationReferenceStore"/> and <see cref="IFeedbackStore"/> over it. Call before
    /// <c>AddTeamsBot</c>, whose in-memory store is only a fallback (or either order: these replace earlier ones).
    /// </summary>
    public static IServiceCollection AddStateStore(this IServiceCollection services, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new StateStore(dataFolder, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StateStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, SqliteConversationReferenceStore>());
        services.Replace(ServiceDescriptor.Singleton<IFeedbackStore, SqliteFeedbackStore>());
        return services;
    }
}
