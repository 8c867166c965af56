using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerBot.Core.Conversation;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Discord;

namespace PartnerBot.Discord.Tests.Support;

/// <summary>A fake Discord plus the real client wired through <c>AddDiscordBot</c>, on a manual clock.</summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    public static readonly TimeSpan FirstBeat = TimeSpan.FromSeconds(22.5);
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(45);

    private DiscordHarness(FakeDiscord fake, ServiceProvider services, ManualTimeProvider clock, FakeBot bot)
    {
        Fake = fake;
        Services = services;
        Clock = clock;
        Bot = bot;
    }

    public FakeDiscord Fake { get; }
    public ServiceProvider Services { get; }
    public ManualTimeProvider Clock { get; }
    public FakeBot Bot { get; }
    public DiscordBotClient Client => Services.GetRequiredService<DiscordBotClient>();
    public DiscordStatus Status => Services.GetRequiredService<DiscordStatus>();

    public static async Task<DiscordHarness> StartAsync(Action<FakeDiscord>? arrange = null, Dictionary<string, string?>? settings = null, bool start = true,
        ILoggerProvider? logs = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var clock = new ManualTimeProvider();
        fake.Clock = clock;
        arrange?.Invoke(fake);
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        };
        foreach (var (k, v) in settings ?? []) config[k] = v;
        var bot = new FakeBot();
        var services = new ServiceCollection()
            .AddLogging(b =>
            {
                if (logs is not null) b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
            })
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IBot>(bot)
            .AddDiscordBot(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddSingleton(new DiscordJitter(new FixedRandom()))
            .BuildServiceProvider();
        var harness = new DiscordHarness(fake, services, clock, bot);
        if (start) harness.Client.Start();
        return harness;
    }

    /// <summary>Waits for the first connection's Identify (READY follows automatically).</summary>
    public async Task<FakeGatewayConnection> ConnectedAsync()
    {
        var connection = await Fake.WaitForConnectionAsync(0);
        await connection.WaitForOpAsync(2);
        await WaitForStateAsync(DiscordState.Ready);
        return connection;
    }

    /// <summary>Completes when <see cref="Status"/> reaches <paramref name="state"/>.</summary>
    public Task WaitForStateAsync(DiscordState state)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(DiscordStatusSnapshot s)
        {
            if (s.State == state) done.TrySetResult();
        }
        Status.Changed += OnChanged;
        if (Status.State == state) done.TrySetResult();
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(t =>
        {
            Status.Changed -= OnChanged;
            t.GetAwaiter().GetResult();
        }, TaskScheduler.Default);
    }

    public static JsonNode Body(FakeRequest request) => JsonNode.Parse(request.Body)!;

    public async ValueTask DisposeAsync()
    {
        await Client.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
