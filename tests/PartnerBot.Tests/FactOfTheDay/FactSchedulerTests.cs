using PartnerBot.FactOfTheDay;
using PartnerBot.State;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class FactSchedulerTests
{
    private static readonly Destination s_a = new(Destination.Discord, "111");
    private static readonly Destination s_b = new(Destination.Teams, "19:b");
    private static readonly Destination s_c = new(Destination.Discord, "333");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Theory]
    [InlineData(3, 27, 3, 28, 9)]  // Saturday before spring forward: 09:00 GMT
    [InlineData(3, 28, 3, 29, 8)]  // change day: 09:00 BST
    [InlineData(3, 29, 3, 30, 8)]  // Monday after: 09:00 BST
    [InlineData(10, 23, 10, 24, 8)] // Saturday before fall back: 09:00 BST
    [InlineData(10, 24, 10, 25, 9)] // change day: 09:00 GMT
    [InlineData(10, 25, 10, 26, 9)] // Monday after: 09:00 GMT
    public async Task Post_AroundDstChanges_AtNineLocal(int month, int day, int postMonth, int postDay, int postHourUtc)
    {
        var time = new ManualTimeProvider(Utc(month, day, 12));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");

        var wake = await h.StartAsync();
        await h.AdvanceToAsync(wake);

        var post = Assert.Single(h.Delivery.Delivered);
        Assert.Equal(Utc(postMonth, postDay, postHourUtc), post.At);
        Assert.Equal(PostStatus.Sent, h.Store.GetPost(s_a, Day(postMonth, postDay))!.Status);
    }

    [Fact]
    public async Task Post_TimeInSkippedHour_PostedOnceAtEndOfGap()
    {
        var time = new ManualTimeProvider(Utc(3, 28, 12));
        await using var h = new SchedulerHarness(time, configure: o => o.Time = "01:30");
        h.Store.Subscribe(s_a, null, "u1");

        var wake = await h.StartAsync();
        var next = await h.AdvanceToAsync(wake);

        Assert.Equal(Utc(3, 29, 1), Assert.Single(h.Delivery.Delivered).At);
        Assert.Equal(Utc(3, 30, 0, 30), next);
    }

    [Fact]
    public async Task Post_TimeInRepeatedHour_PostedOnceAtFirstOccurrence()
    {
        var time = new ManualTimeProvider(Utc(10, 24, 12));
        await using var h = new SchedulerHarness(time, configure: o => o.Time = "01:30");
        h.Store.Subscribe(s_a, null, "u1");

        var wake = await h.StartAsync();
        var next = await h.AdvanceToAsync(wake);
        await h.AdvanceToAsync(next);

        Assert.Equal([Utc(10, 25, 0, 30), Utc(10, 26, 1, 30)], h.Delivery.Delivered.Select(d => d.At).ToArray());
    }

    [Fact]
    public async Task Posts_FullCycleSeveralDestinations_NoRepeatsWithinACycle()
    {
        const int facts = 5;
        var time = new ManualTimeProvider(Utc(6, 1, 12));
        await using var h = new SchedulerHarness(time, facts);
        h.Store.Subscribe(s_a, null, "u1");
        h.Store.Subscribe(s_b, null, "u2");
        var wake = await h.StartAsync();
        for (var i = 0; i < 2; i++) wake = await h.AdvanceToAsync(wake);
        h.Store.Subscribe(s_c, null, "u3"); // joins mid-cycle
        for (var i = 0; i < (3 * facts) - 2; i++) wake = await h.AdvanceToAsync(wake);

        foreach (var destination in new[] { s_a, s_b, s_c })
        {
            var texts = h.Delivery.To(destination).Select(d => d.Reply.Text).ToList();
            Assert.True(texts.Count >= 2 * facts, $"{destination}: {texts.Count} posts");
            Assert.Equal(facts, texts.Take(facts).Distinct().Count());
            Assert.Equal(facts, texts.Skip(facts).Take(facts).Distinct().Count());
        }
        // Destinations that started together agree day by day.
        Assert.Equal(h.Delivery.To(s_a).Select(d => d.Reply.Text), h.Delivery.To(s_b).Select(d => d.Reply.Text));
    }

    [Fact]
    public async Task Post_SameDate_SameFactAsCli()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 12));
        await using var h = new SchedulerHarness(time, 7);
        h.Store.Subscribe(s_a, null, "u1");

        var wake = await h.StartAsync();
        await h.AdvanceToAsync(wake);

        Assert.Equal(h.Knowledge.Current.Facts.ForDate(Day(6, 2))!.Text, Assert.Single(h.Delivery.Delivered).Reply.Text);
    }

    [Fact]
    public async Task Post_Reply_HasCitationAndAskHint()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 12));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");

        await h.AdvanceToAsync(await h.StartAsync());

        var reply = Assert.Single(h.Delivery.Delivered).Reply;
        Assert.Equal(Core.Conversation.ReplyKind.Fact, reply.Kind);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal("Leeds and Hangzhou agreements", citation.Title);
        Assert.Equal(new DateOnly(2020, 3, 12), citation.Date);
        Assert.Equal("agreements.md", citation.Source);
        Assert.Contains("Ask me more with /ask", reply.Suggestions);
    }

    [Fact]
    public async Task Unsubscribe_BeforeTime_NoMorePosts()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 12));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        h.Store.Subscribe(s_b, null, "u2");
        var wake = await h.AdvanceToAsync(await h.StartAsync());

        var message = await h.Subscriptions().UnsubscribeAsync(new Core.Conversation.BotLocation("discord", s_a.Id), CancellationToken.None);
        await h.AdvanceToAsync(wake);

        Assert.StartsWith("Unsubscribed", message, StringComparison.Ordinal);
        Assert.Single(h.Delivery.To(s_a));
        Assert.Equal(2, h.Delivery.To(s_b).Count);
    }

    [Fact]
    public async Task Subscribe_AfterTodaysTime_FirstPostTomorrow()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 12));
        await using var h = new SchedulerHarness(time);
        await h.StartAsync();

        h.Store.Subscribe(s_a, null, "u1");
        await h.RestartSameStoreAsync();

        Assert.Empty(h.Delivery.Delivered);
    }
}
