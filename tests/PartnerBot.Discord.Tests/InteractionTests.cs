using System.Text.Json.Nodes;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.Tests.Support;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Discord;

namespace PartnerBot.Discord.Tests;

public sealed class InteractionTests
{
    [Fact]
    public async Task Ask_BotAnswersInTime_RespondsDirectlyWithEmbed()
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();
        var interaction = h.Fake.SlashCommand("ask", ("question", 3, "What did Leeds agree with Wuhan?"));
        await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);

        var callback = await h.Fake.WaitForRequestAsync("POST", $"/interactions/{interaction["id"]}/{interaction["token"]}/callback");
        var body = DiscordHarness.Body(callback);
        Assert.Equal(4, (int?)body["type"]);
        var embed = body["data"]!["embeds"]![0]!;
        Assert.Contains("Leeds and Wuhan signed a partnership", (string?)embed["description"]);
        Assert.Equal("[]", body["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.StartsWith("1. ", (string?)embed["fields"]![0]!["name"]);
        var request = Assert.Single(h.Bot.Requests);
        Assert.Equal(BotCommand.Ask, request.Command);
        Assert.Equal("What did Leeds agree with Wuhan?", request.Text);
        Assert.Equal(FakeDiscord.ChannelId, request.Location.ConversationId);
        Assert.Equal(FakeDiscord.GuildId, request.Location.ScopeId);
        Assert.Equal(FakeDiscord.UserId, request.User.Id);
        Assert.Empty(h.Fake.RequestsTo("PATCH", "/webhooks/"));
    }

    [Fact]
    public async Task Ask_DirectAndDeferred_InteractionTokenNeverLogged()
    {
        var logs = new CapturedLogs();
        await using var h = await DiscordHarness.StartAsync(logs: logs);
        var gateway = await h.ConnectedAsync();
        var direct = h.Fake.SlashCommand("ask", ("question", 3, "fast question"));
        await gateway.SendDispatchAsync("INTERACTION_CREATE", direct);
        await h.Fake.WaitForRequestAsync("POST", $"/interactions/{direct["id"]}/");
        h.Bot.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deferTimer = h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        var deferred = h.Fake.SlashCommand("ask", ("question", 3, "slow question"));
        await gateway.SendDispatchAsync("INTERACTION_CREATE", deferred);
        await deferTimer;
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        await h.Fake.WaitForRequestAsync("POST", $"/interactions/{deferred["id"]}/");
        h.Bot.Gate.SetResult();
        await h.Fake.WaitForRequestAsync("PATCH", $"/webhooks/{h.Fake.ApplicationId}/{deferred["token"]}/messages/@original");

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain((string)direct["token"]!, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain((string)deferred["token"]!, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Fake.Token, logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BotSlow_DefersThenEditsOriginal()
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();
        h.Bot.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deferTimer = h.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        var interaction = h.Fake.SlashCommand("ask", ("question", 3, "slow question"));
        await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);

        await deferTimer;
        Assert.Empty(h.Fake.RequestsTo("POST", "/interactions/"));
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        var callback = await h.Fake.WaitForRequestAsync("POST", $"/interactions/{interaction["id"]}/");
        Assert.Equal(5, (int?)DiscordHarness.Body(callback)["type"]);

        h.Bot.Gate.SetResult();
        var edit = await h.Fake.WaitForRequestAsync("PATCH", $"/webhooks/{h.Fake.ApplicationId}/{interaction["token"]}/messages/@original");
        var body = DiscordHarness.Body(edit);
        Assert.Contains("slow question", (string?)body["embeds"]![0]!["description"]);
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Single(h.Fake.RequestsTo("POST", "/interactions/"));
    }

    [Fact]
    public async Task Autocomplete_Company_ReturnsAtMost25MatchingChoices()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Bot.Companies.AddRange(Enumerable.Range(1, 30).Select(i => $"Wuhan Company {i:00}"));
        h.Bot.Companies.Add("Leeds Beckett");
        var gateway = await h.ConnectedAsync();
        var interaction = h.Fake.Autocomplete("company", "name", "Wu");
        await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);

        var body = DiscordHarness.Body(await h.Fake.WaitForRequestAsync("POST", $"/interactions/{interaction["id"]}/"));
        Assert.Equal(8, (int?)body["type"]);
        var choices = body["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.StartsWith("Wuhan", (string?)c!["name"]));
        Assert.Equal("Wu", h.Bot.LastSuggestPrefix);
        Assert.Empty(h.Bot.Requests);
    }

    [Theory]
    [InlineData("pb:more:r42", BotCommand.MoreSources)]
    [InlineData("pb:up:r42", BotCommand.FeedbackUp)]
    [InlineData("pb:down:r42", BotCommand.FeedbackDown)]
    public async Task Button_Click_MapsToCommandWithReplyId(string customId, BotCommand expected)
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();
        var interaction = h.Fake.Button(customId);
        await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);

        var body = DiscordHarness.Body(await h.Fake.WaitForRequestAsync("POST", $"/interactions/{interaction["id"]}/"));
        Assert.Equal(4, (int?)body["type"]);
        var request = Assert.Single(h.Bot.Requests);
        Assert.Equal(expected, request.Command);
        Assert.Equal("r42", request.Text);
    }

    [Fact]
    public async Task FactOfTheDay_SubscribeWithChannel_UsesThatChannelAsConversation()
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();
        var interaction = h.Fake.SubCommand("factoftheday", "subscribe", ("channel", 7, "777000000000000777"));
        await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);

        await h.Fake.WaitForRequestAsync("POST", $"/interactions/{interaction["id"]}/");
        var request = Assert.Single(h.Bot.Requests);
        Assert.Equal(BotCommand.SubscribeFact, request.Command);
        Assert.Equal("777000000000000777", request.Location.ConversationId);
    }

    [Theory]
    [InlineData("company", BotCommand.Company)]
    [InlineData("fact", BotCommand.Fact)]
    [InlineData("sources", BotCommand.Sources)]
    [InlineData("help", BotCommand.Help)]
    public async Task SlashCommand_Simple_MapsToCommand(string name, BotCommand expected)
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();
        var interaction = name == "company" ? h.Fake.SlashCommand(name, ("name", 3, "Arup")) : h.Fake.SlashCommand(name);
        await gateway.SendDispatchAsync("INTERACTION_CREATE", interaction);

        await h.Fake.WaitForRequestAsync("POST", $"/interactions/{interaction["id"]}/");
        var request = Assert.Single(h.Bot.Requests);
        Assert.Equal(expected, request.Command);
        Assert.Equal(name == "company" ? "Arup" : "", request.Text);
    }

    [Fact]
    public async Task Mention_InGuild_RepliesWithReferenceAndNoMentions()
    {
        await using var h = await DiscordHarness.StartAsync();
        var gateway = await h.ConnectedAsync();
        var message = h.Fake.Message($"<@{h.Fake.BotUserId}> who is @everyone partnering with?", mentionBot: true);
        await gateway.SendDispatchAsync("MESSAGE_CREATE", message);

        var post = await h.Fake.WaitForRequestAsync("POST", $"/channels/{FakeDiscord.ChannelId}/messages");
        var body = DiscordHarness.Body(post);
        Assert.Equal((string?)message["id"], (string?)body["message_reference"]!["message_id"]);
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal("Bot " + h.Fake.Token, post.Authorization);
        Assert.StartsWith("DiscordBot (", post.UserAgent);
        Assert.StartsWith("application/json", post.ContentType);
        var request = Assert.Single(h.Bot.Requests);
        Assert.Equal(BotCommand.Ask, request.Command);
        Assert.Equal("who is @everyone partnering with?", request.Text);
    }

    [Fact]
    public async Task Registration_Unchanged_SkipsPut()
    {
        var existing = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(
            Interactions.CommandDefinitions.All(), JsonModels.DiscordJsonContext.Default.ListJsonApplicationCommand))!.AsArray();
        foreach (var command in existing)
        {
            command!["id"] = "1";
            command["application_id"] = "100000000000000001";
            command["version"] = "9";
        }
        await using var h = await DiscordHarness.StartAsync(f => f.Commands[FakeDiscord.GuildId] = existing,
            new() { ["Discord:DevGuildId"] = FakeDiscord.GuildId });
        await h.ConnectedAsync();

        Assert.False(await h.Client.CommandsSynced.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(h.Fake.RequestsTo("GET", $"/guilds/{FakeDiscord.GuildId}/commands"));
        Assert.Empty(h.Fake.RequestsTo("PUT", "/commands"));
    }

    [Fact]
    public async Task Registration_Missing_BulkOverwritesGlobalCommands()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.ConnectedAsync();

        Assert.True(await h.Client.CommandsSynced.WaitAsync(TimeSpan.FromSeconds(10)));
        var put = Assert.Single(h.Fake.RequestsTo("PUT", $"/applications/{h.Fake.ApplicationId}/commands"));
        var names = DiscordHarness.Body(put).AsArray().Select(c => (string?)c!["name"]).ToList();
        Assert.Equal(["ask", "company", "fact", "sources", "help", "factoftheday"], names);
        var fotd = DiscordHarness.Body(put).AsArray().Single(c => (string?)c!["name"] == "factoftheday")!;
        Assert.Equal("16", (string?)fotd["default_member_permissions"]);
    }
}
