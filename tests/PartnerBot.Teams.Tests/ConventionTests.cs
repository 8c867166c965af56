using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PartnerBot.Teams.Tests;

/// <summary>Cheap checks that fail the build when a convention breaks.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void PublicSurface_IsTheIntendedApi()
    {
        var expected = new[]
        {
            "IConversationReferenceStore", "ITeamsProactiveSender", "InMemoryConversationReferenceStore", "TeamsConversationReference",
            "TeamsDeliveryException", "TeamsEndpointRouteBuilderExtensions", "TeamsOptions", "TeamsPackageBuilder",
            "TeamsServiceCollectionExtensions", "TeamsStatus",
        };

        var actual = typeof(TeamsOptions).Assembly.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public void InternalClasses_AreSealedOrStatic()
    {
        var open = typeof(TeamsOptions).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsNested && t.Namespace?.StartsWith("PartnerBot.Teams", StringComparison.Ordinal) == true)
            .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void AddTeamsBot_AppIdWithoutPassword_FailsWithActionableMessage()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Teams:AppId"] = "00000000-0000-0000-0000-0000000000b0" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddTeamsBot(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsOptions>>().Value);

        Assert.Contains("Teams__AppPassword", ex.Message);
    }
}
