using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerBot.Knowledge;

namespace PartnerBot.Tests.Host;

public sealed class OperationsTests
{
    [Fact]
    public async Task Ready_BeforeAndAfterIndexLoads_Is503Then200()
    {
        GatedKnowledgeLoader? gated = null;
        await using var service = await TestService.StartAsync(waitForIndex: false, services: s =>
        {
            var inner = s.Single(d => d.ServiceType == typeof(IKnowledgeLoader));
            s.Remove(inner);
            s.AddSingleton<IKnowledgeLoader>(sp =>
                gated = new GatedKnowledgeLoader((IKnowledgeLoader)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)));
        });

        using (var health = await service.Client.GetAsync("/health")) Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using (var before = await service.Client.GetAsync("/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
            Assert.Equal("loading", JsonDocument.Parse(await before.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        }
        using (var ask = await service.AskAsync("Who founded DeepSeek?")) Assert.Equal(HttpStatusCode.ServiceUnavailable, ask.StatusCode);
        var bot = service.App.Services.GetRequiredService<Core.Conversation.IBot>();
        var early = await bot.HandleAsync(new Core.Conversation.BotRequest(Core.Conversation.BotCommand.Ask, "Who founded DeepSeek?",
            new Core.Conversation.BotUser("discord", "1"), new Core.Conversation.BotLocation("discord", "2")));
        Assert.Equal(Core.Conversation.ReplyKind.Notice, early.Kind);
        Assert.Contains("still loading", early.Text, StringComparison.Ordinal);

        gated!.Gate.SetResult();
        await service.Knowledge.WhenLoaded.WaitAsync(TimeSpan.FromSeconds(60));

        using var after = await service.Client.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var body = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("platforms").ValueKind);
        Assert.True(body.GetProperty("index").GetProperty("passages").GetInt32() > 0);
    }

    [Fact]
    public async Task Ready_RegisteredPlatform_IsListedWithItsState()
    {
        await using var service = await TestService.StartAsync(services: s =>
            s.AddSingleton<Platforms.IPlatformStatus>(new FakePlatform("test-chat", new Platforms.PlatformSnapshot("connected", true, "gateway ready"))));
        var body = JsonDocument.Parse(await service.Client.GetStringAsync("/ready")).RootElement;
        var platform = Assert.Single(body.GetProperty("platforms").EnumerateArray(), p => p.GetProperty("platform").GetString() == "test-chat");
        Assert.True(platform.GetProperty("connected").GetBoolean());
        Assert.Equal("gateway ready", platform.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Metrics_AfterQuestions_ExposesCountersAndHistogram()
    {
        await using var service = await TestService.StartAsync();
        (await service.AskAsync("How many brands does Haier have?")).Dispose();
        (await service.AskAsync("What is the weather in Hangzhou tomorrow?")).Dispose();

        using var response = await service.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE partnerbot_questions_answered_total counter", text, StringComparison.Ordinal);
        Assert.Contains("partnerbot_questions_answered_total{platform=\"web\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("partnerbot_questions_abstained_total{platform=\"web\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE partnerbot_answer_latency_ms histogram", text, StringComparison.Ordinal);
        Assert.Contains("partnerbot_answer_latency_ms_bucket{platform=\"web\",le=\"+Inf\"} 2", text, StringComparison.Ordinal);
        Assert.Contains("partnerbot_answer_latency_ms_count{platform=\"web\"} 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_PlatformMeter_IsCollected()
    {
        await using var service = await TestService.StartAsync();
        var factory = service.App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var meter = factory.Create(new System.Diagnostics.Metrics.MeterOptions("PartnerBot.Discord"));
        meter.CreateCounter<long>("partnerbot.discord.reconnects").Add(3);

        var text = await service.Client.GetStringAsync("/metrics");
        Assert.Contains("partnerbot_discord_reconnects_total 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_OverRateLimit_Returns429WithRetryAfter()
    {
        await using var service = await TestService.StartAsync(new Dictionary<string, string?> { ["RateLimit:PermitLimit"] = "2", ["RateLimit:WindowSeconds"] = "3600" });
        for (var i = 0; i < 2; i++)
        {
            using var ok = await service.Client.GetAsync("/api/companies?prefix=G");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await service.Client.GetAsync("/api/companies?prefix=G");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var health = await service.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private sealed class FakePlatform(string platform, Platforms.PlatformSnapshot snapshot) : Platforms.IPlatformStatus
    {
        public string Platform => platform;

        public Platforms.PlatformSnapshot Snapshot() => snapshot;
    }
}
