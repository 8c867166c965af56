using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;

namespace PartnerBot.FactOfTheDay;

/// <summary>Registration of the fact of the day.</summary>
public static class FactOfTheDayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="FactOfTheDayOptions"/> from the <c>FactOfTheDay</c> section (validated at start) and registers
    /// <see cref="IFactSubscriptions"/>, <see cref="IFactOfTheDayStatus"/> and the scheduler (a hosted service).
    /// Needs <c>AddStateStore</c> and an <c>IKnowledgeSource</c>; delivers through Discord and Teams when they are added.
    /// </summary>
    public static IServiceCollection AddFactOfTheDay(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FactOfTheDayOptions>().Bind(configuration.GetSection(FactOfTheDayOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FactOfTheDayOptions>, FactOfTheDayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFactDelivery, PlatformFactDelivery>();
        services.TryAddSingleton<FactPoster>();
        services.TryAddSingleton<IFactSubscriptions, FactSubscriptions>();
        services.TryAddSingleton<IFactOfTheDayStatus, FactOfTheDayStatus>();
        services.AddHostedService<FactScheduler>();
        return services;
    }
}
