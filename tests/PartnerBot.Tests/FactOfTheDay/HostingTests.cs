using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core;
using PartnerBot.Core.Conversation;
using PartnerBot.FactOfTheDay;
using PartnerBot.State;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class HostingTests
{
    [Fact]
    public async Task AddFactOfTheDay_BadTimeZone_StartFailsWithActionableMessage()
    {
        using var host = Build(new() { ["FactOfTheDay:TimeZone"] = "Europe/Lundon" }, new ManualTimeProvider());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("use an IANA name such as \"Europe/London\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFactOfTheDay_ConfiguredChannel_PostedAndShownInStatus()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero));
        var delivery = new RecordingDelivery(time);
        using var host = Build(new() { ["FactOfTheDay:DiscordChannels:0"] = "123456789012345678", ["FactOfTheDay:Time"] = "08:30" }, time,
            services => services.AddSingleton<IFactDelivery>(delivery));
        var waiting = NextTimer(time);

        await host.StartAsync();
        await waiting;
        var posted = NextTimer(time);
        time.Advance(TimeSpan.FromMinutes(30));
        await posted;
        var snapshot = host.Services.GetRequiredService<IFactOfTheDayStatus>().GetSnapshot();
        await host.StopAsync();

        Assert.Equal(new Destination("discord", "123456789012345678"), Assert.Single(delivery.Delivered).Destination);
        Assert.IsType<FactSubscriptions>(host.Services.GetRequiredService<IFactSubscriptions>());
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 7, 30, 0, TimeSpan.Zero), snapshot.NextPost);
        var destination = Assert.Single(snapshot.Destinations);
        Assert.Equal(("config", new DateOnly(2026, 6, 1), "sent"), (destination.SubscribedBy, destination.LastPostDate!.Value, destination.LastPostStatus));
    }

    [Fact]
    public async Task AddFactOfTheDay_ChannelRemovedFromConfig_NoLongerADestination()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero));
        using var host = Build(new() { ["FactOfTheDay:DiscordChannels:0"] = "222" }, time);
        var store = host.Services.GetRequiredService<StateStore>();
        store.EnsureConfigured(new Destination("discord", "111"));
        store.Subscribe(new Destination("discord", "333"), null, "u1");
        var waiting = NextTimer(time);

        await host.StartAsync();
        await waiting;
        await host.StopAsync();

        Assert.Equal(["222", "333"], store.ListSubscriptions().Select(s => s.Destination.Id).ToArray());
    }

    private static IHost Build(Dictionary<string, string?> settings, TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IKnowledgeSource>(TestKnowledge.Source(5));
        configure?.Invoke(builder.Services);
        builder.Services.AddStateStore(":memory:");
        builder.Services.AddFactOfTheDay(builder.Configuration);
        return builder.Build();
    }

    private static Task<DateTimeOffset> NextTimer(ManualTimeProvider time)
    {
        var done = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnTimer(TimeSpan due)
        {
            time.TimerCreated -= OnTimer;
            done.TrySetResult(time.GetUtcNow() + due);
        }
        time.TimerCreated += OnTimer;
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
