using System.Net;
using System.Text.Json.Nodes;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

public sealed class MessagingExtensionBudgetTests
{
    [Fact]
    public async Task Query_BotSlowerThanBudget_AnswersWithNamesWhenBudgetEnds()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotConnector.StartAsync(time: time);
        var bot = new FakeBot { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TeamsTestHost.StartAsync(fake, bot, time: time);
        var budgetArmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        time.TimerCreated += due => { if (due == TimeSpan.FromSeconds(4)) budgetArmed.TrySetResult(); };

        var pending = host.PostAsync(TeamsActivities.ComposeExtensionQuery(fake.ServiceUrl, fake.AppId, "leeds"), fake.MintToken());
        await budgetArmed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(4));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        bot.Gate.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachments = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!["attachments"]!.AsArray();
        Assert.Equal(3, attachments.Count);
        Assert.All(attachments, a => Assert.Equal(string.Empty, a!["preview"]!["content"]!["text"]!.GetValue<string>()));
    }
}
