using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Teams.Processing;

namespace PartnerBot.Teams;

/// <summary>Maps the Teams messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    /// <summary>The path to enter as the Azure Bot's messaging endpoint (<c>https://HOST/api/messages</c>).</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>Maps <c>POST /api/messages</c> (other methods get 405). Call after <see cref="TeamsServiceCollectionExtensions.AddTeamsBot"/>.</summary>
    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MessagesPath, (Delegate)(static (HttpContext context) =>
                context.RequestServices.GetRequiredService<ActivityEndpoint>().HandleAsync(context)))
            .WithName("TeamsMessages")
            .ExcludeFromDescription();
        return endpoints;
    }
}
