using System.Reflection;
using System.Runtime.CompilerServices;

namespace PartnerBot.Discord.Tests;

public sealed class ConventionTests
{
    private static readonly string[] PublicApi =
    [
        "DiscordOptions", "DiscordStatus", "DiscordStatusSnapshot", "DiscordState", "DiscordTelemetry",
        "DiscordServiceCollectionExtensions", "DiscordRestException", "DiscordUnauthorizedException",
        "IDiscordMessenger", "DiscordDeliveryException",
    ];

    [Fact]
    public void Types_Classes_SealedOrStatic()
    {
        var open = Types().Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void Types_OnlyTheHostApiIsPublic()
    {
        var exposed = Types().Where(t => t.IsPublic).Select(t => t.Name).Order().ToList();

        Assert.Equal(PublicApi.Order().ToList(), exposed);
    }

    private static IEnumerable<Type> Types() => typeof(DiscordOptions).Assembly.GetTypes()
        .Where(t => !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.StartsWith('<'));
}
