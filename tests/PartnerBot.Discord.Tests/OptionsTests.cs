using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartnerBot.Discord.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "ApiBaseUrl")]
    [InlineData("Discord:ApiBaseUrl", "https://discord.com/api/v9", "/api/v10")]
    [InlineData("Discord:DevGuildId", "my-server", "Copy Server ID")]
    [InlineData("Discord:ShardId", "3", "ShardCount")]
    [InlineData("Discord:Token", "Bot abc", "without the 'Bot ' prefix")]
    [InlineData("Discord:DeferAfterSeconds", "5", "3-second window")]
    public void Validate_Malformed_ActionableMessage(string key, string value, string expected)
    {
        var options = Options(new() { ["Discord:Token"] = "abc", [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => options.Value);

        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Validate_NoToken_Valid()
    {
        Assert.False(Options(new() { ["Discord:ApiBaseUrl"] = "nonsense" }).Value.Enabled);
    }

    [Fact]
    public async Task Start_NoToken_StaysOffAndTouchesNothing()
    {
        using var provider = Services(new()).BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().Single();

        await hosted.StartAsync(CancellationToken.None);
        await hosted.StopAsync(CancellationToken.None);

        Assert.Equal(DiscordState.Off, provider.GetRequiredService<DiscordStatus>().State);
    }

    private static IOptions<DiscordOptions> Options(Dictionary<string, string?> settings) =>
        Services(settings).BuildServiceProvider().GetRequiredService<IOptions<DiscordOptions>>();

    private static IServiceCollection Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddDiscordBot(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
