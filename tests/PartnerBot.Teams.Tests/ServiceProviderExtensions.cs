using Microsoft.Extensions.DependencyInjection;

namespace PartnerBot.Teams.Tests;

internal static class ServiceProviderExtensions
{
    public static TeamsStatus GetTeamsStatus(this IServiceProvider services) => services.GetRequiredService<TeamsStatus>();
}
