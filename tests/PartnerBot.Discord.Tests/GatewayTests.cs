using System.Text.Json.Nodes;
using PartnerBot.Discord.Tests.Support;

namespace PartnerBot.Discord.Tests;

public sealed class GatewayTests
{
    [Fact]
    public async Task Identify_DefaultOptions_SendsTokenIntentsShardAndProperties()
    {
        await using var h = await DiscordHarness.StartAsync();
        var connection = await h.Fake.WaitForConnectionAsync(0);
        var identify = (await connection.WaitForOpAsync(2))["d"]!;

        Assert.Equal("/gw", connection.Path);
        Assert.Contains("v=10", connection.Query);
        Assert.Contains("encoding=json", connection.Query);
        Assert.Equal(h.Fake.Token, (string?)identify["token"]);
        Assert.Equal(1 + 512 + 4096, (int?)identify["intents"]);
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        Assert.Equal("PartnerBot", (string?)identify["properties"]!["browser"]);
        Assert.NotNull((string?)identify["properties"]!["os"]);
        Assert.NotNull((string?)identify["properties"]!["device"]);
    }

    [Fact]
    public async Task Identify_MessageContentConfigured_AddsPrivilegedIntent()
    {
        await using var h = await DiscordHarness.StartAsync(f => f.MessageContentEnabled = true,
            new() { ["Discord:MessageContentIntent"] = "true" });
        var identify = (await (await h.Fake.WaitForConnectionAsync(0)).WaitForOpAsync(2))["d"]!;

        Assert.Equal(37377, (int?)identify["intents"]);
    }

    [Fact]
    public async Task Heartbeat_AcksWithheld_ClosesAndResumesWithSameSessionAndSequence()
    {
        await using var h = await DiscordHarness.StartAsync(f => f.AutoAck = false, start: false);
        var firstBeat = h.Clock.WaitForTimerAsync(DiscordHarness.FirstBeat);
        h.Client.Start();
        var first = await h.ConnectedAsync();
        await first.SendDispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1" });
        await firstBeat;

        var interval = h.Clock.WaitForTimerAsync(DiscordHarness.Interval);
        h.Clock.Advance(DiscordHarness.FirstBeat);
        await first.WaitForOpAsync(1);
        await interval;
        h.Clock.Advance(DiscordHarness.Interval);

        Assert.Equal(4000, await first.ClientClosed.WaitAsync(TimeSpan.FromSeconds(10)));
        var second = await h.Fake.WaitForConnectionAsync(1);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal("/gw-resume", second.Path);
        Assert.Equal(first.Session!.Id, (string?)resume["session_id"]);
        Assert.Equal(2, (int?)resume["seq"]);
        Assert.DoesNotContain(second.Received.Snapshot(), p => (int?)p["op"] == 2);
        Assert.Equal(1, h.Status.ReconnectCount);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesAtResumeUrl()
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        await first.SendOpAsync(7, null);

        var second = await h.Fake.WaitForConnectionAsync(1);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal("/gw-resume", second.Path);
        Assert.Equal(first.Session!.Id, (string?)resume["session_id"]);
        Assert.Equal(1, (int?)resume["seq"]);
        var closed = await first.ClientClosed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEqual(1000, closed);
        Assert.NotEqual(1001, closed);
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        await first.SendOpAsync(9, true);

        var second = await h.Fake.WaitForConnectionAsync(1);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal(first.Session!.Id, (string?)resume["session_id"]);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAnewAtGatewayUrlAfterWait()
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        // Identify spacing (5 s per max_concurrency bucket) outweighs op 9's 1–5 s: one 5 s wait.
        var wait = h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        await first.SendOpAsync(9, false);

        var second = await h.Fake.WaitForConnectionAsync(1);
        await wait;
        Assert.DoesNotContain(second.Received.Snapshot(), p => (int?)p["op"] is 2 or 6);
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        var identify = (await second.WaitForOpAsync(2))["d"]!;

        Assert.Equal("/gw", second.Path);
        Assert.Equal(h.Fake.Token, (string?)identify["token"]);
    }

    [Fact]
    public async Task Receive_TcpDroppedWithoutCloseFrame_Resumes()
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        first.DropTcp();

        var second = await h.Fake.WaitForConnectionAsync(1);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal("/gw-resume", second.Path);
        Assert.Equal(first.Session!.Id, (string?)resume["session_id"]);
    }

    [Fact]
    public async Task Close_ResumableCode_ResumesAndReceivesReplay()
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        await first.CloseAsync(4000, "Unknown error");

        var second = await h.Fake.WaitForConnectionAsync(1);
        Assert.Equal(first.Session!.Id, (string?)(await second.WaitForOpAsync(6))["d"]!["session_id"]);
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4014, "Message Content intent")]
    [InlineData(4010, "ShardId/ShardCount")]
    [InlineData(4011, "ShardCount")]
    [InlineData(4012, "/api/v10")]
    [InlineData(4013, "bug")]
    public async Task Close_FatalCode_StopsWithOperatorMessage(int code, string expected)
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        var stopped = h.WaitForStateAsync(DiscordState.Stopped);
        await first.CloseAsync(code, "fatal");

        await stopped;
        Assert.Contains(expected, h.Status.StopReason);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), h.Status.StopReason);
        Assert.Single(h.Fake.Connections.Snapshot());
    }

    [Fact]
    public async Task Identify_PrivilegedIntentNotEnabledInPortal_StopsWith4014Message()
    {
        await using var h = await DiscordHarness.StartAsync(f => f.MessageContentEnabled = false,
            new() { ["Discord:MessageContentIntent"] = "true" });
        var stopped = h.WaitForStateAsync(DiscordState.Stopped);

        await stopped;
        Assert.Contains("Message Content intent", h.Status.StopReason);
        Assert.Contains("MessageContentIntent=false", h.Status.StopReason);
    }

    [Fact]
    public async Task Ready_AfterIdentify_StatusReady()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.ConnectedAsync();

        await h.WaitForStateAsync(DiscordState.Ready);
        Assert.Equal(1, h.Status.Snapshot().ShardsReady);
    }

    [Fact]
    public async Task Heartbeat_HandlerBlocked_StillBeats()
    {
        await using var h = await DiscordHarness.StartAsync(start: false);
        h.Bot.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstBeat = h.Clock.WaitForTimerAsync(DiscordHarness.FirstBeat);
        h.Client.Start();
        var gateway = await h.ConnectedAsync();
        await firstBeat;
        await gateway.SendDispatchAsync("MESSAGE_CREATE", h.Fake.Message("blocked handler", guildId: null));
        await h.Bot.FirstCall.WaitAsync(TimeSpan.FromSeconds(10));

        h.Clock.Advance(DiscordHarness.FirstBeat);

        Assert.NotNull(await gateway.WaitForOpAsync(1));
        Assert.Single(h.Bot.Requests);
        h.Bot.Gate.SetResult();
    }

    [Fact]
    public async Task Sharding_RecommendedTwoShards_RunsBothWithIdentifySpacing()
    {
        await using var h = await DiscordHarness.StartAsync(f => f.Shards = 2, start: false);
        var spacing = h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        h.Client.Start();
        var first = await h.Fake.WaitForConnectionAsync(0);
        var second = await h.Fake.WaitForConnectionAsync(1);
        var firstIdentify = await Task.WhenAny(first.WaitForOpAsync(2), second.WaitForOpAsync(2)).Unwrap();
        await spacing;
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        await first.WaitForOpAsync(2);
        await second.WaitForOpAsync(2);

        var shards = new[] { first, second }.Select(c => c.Received.Snapshot().Single(p => (int?)p["op"] == 2)["d"]!["shard"]!.ToJsonString()).Order();
        Assert.Equal(["[0,2]", "[1,2]"], shards);
        Assert.NotNull(firstIdentify);
        await h.WaitForStateAsync(DiscordState.Ready);
        Assert.Equal(2, h.Status.Snapshot().ShardsReady);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_SessionInvalidCode_IdentifiesNewSession(int code)
    {
        await using var h = await DiscordHarness.StartAsync();
        var first = await h.ConnectedAsync();
        var spacing = h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        await first.CloseAsync(code, "session gone");

        var second = await h.Fake.WaitForConnectionAsync(1);
        await spacing;
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        await second.WaitForOpAsync(2);

        Assert.Equal("/gw", second.Path);
        Assert.DoesNotContain(second.Received.Snapshot(), p => (int?)p["op"] == 6);
    }

    [Fact]
    public async Task Heartbeat_RequestedByServer_SentImmediately()
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();

        await gateway.SendOpAsync(1, null);

        var beat = await gateway.WaitForOpAsync(1);
        Assert.Equal(1, (int?)beat["d"]);
    }

    [Fact]
    public async Task Identify_ShardCountNotWhatDiscordExpects_StopsWith4010Message()
    {
        await using var h = await DiscordHarness.StartAsync(settings: new() { ["Discord:ShardCount"] = "3" });

        await h.WaitForStateAsync(DiscordState.Stopped);

        Assert.Contains("4010", h.Status.StopReason);
    }
}
