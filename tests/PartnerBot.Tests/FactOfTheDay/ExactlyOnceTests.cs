using PartnerBot.FactOfTheDay;
using PartnerBot.State;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class ExactlyOnceTests
{
    private static readonly Destination s_a = new(Destination.Discord, "111");
    private static readonly Destination s_b = new(Destination.Teams, "19:b");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task Restart_BeforePost_PostsOnceAtTime()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        await h.StartAsync();

        var wake = await h.RestartSameStoreAsync();
        await h.AdvanceToAsync(wake);

        Assert.Equal(Utc(6, 1, 8), Assert.Single(h.Delivery.Delivered).At);
    }

    [Fact]
    public async Task Restart_AfterPost_NoSecondPost()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        await h.AdvanceToAsync(await h.StartAsync());
        time.Advance(TimeSpan.FromMinutes(30));

        var wake = await h.RestartSameStoreAsync();

        Assert.Single(h.Delivery.Delivered);
        Assert.Equal(Utc(6, 2, 8), wake);
    }

    [Fact]
    public async Task Restart_CrashBetweenSendAndRecord_NotResent()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        h.Store.Subscribe(s_b, null, "u2");
        // The intent for s_a was written and the process died before the result was recorded.
        var fact = h.Knowledge.Current.Facts.ForDate(Day(6, 1))!;
        Assert.Equal(ClaimResult.Claimed, h.Store.TryClaimPost(s_a, Day(6, 1), fact.Key));
        time.SetUtcNow(Utc(6, 1, 8, 30));

        var wake = await h.StartAsync();

        Assert.Empty(h.Delivery.To(s_a));
        Assert.Single(h.Delivery.To(s_b));
        Assert.Equal(PostStatus.Intent, h.Store.GetPost(s_a, Day(6, 1))!.Status);
        // The next day is normal, and the possibly-sent fact counts as posted for the cycle.
        await h.AdvanceToAsync(wake);
        var next = Assert.Single(h.Delivery.To(s_a));
        Assert.NotEqual(fact.Text, next.Reply.Text);
    }

    [Fact]
    public async Task Post_TimeoutMidSend_IntentKeptNotRetried()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        var wake = await h.StartAsync();
        // A timeout while the request is in flight: the send may have reached the platform.
        h.Delivery.BeforeSend = _ => throw new TaskCanceledException("timed out");

        var next = await h.AdvanceToAsync(wake);
        h.Delivery.BeforeSend = null;
        await h.RestartSameStoreAsync();

        Assert.Empty(h.Delivery.Delivered);
        Assert.Equal(PostStatus.Intent, h.Store.GetPost(s_a, Day(6, 1))!.Status);
        Assert.Equal(1, h.Delivery.Attempts);
        Assert.Equal(Utc(6, 2, 8), next);
    }

    [Fact]
    public async Task CatchUp_InsideGrace_PostsOnceOnStart()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        time.SetUtcNow(Utc(6, 1, 19)); // down from before 09:00 until 20:00 BST, inside 12 hours

        var wake = await h.StartAsync();
        await h.RestartSameStoreAsync();

        Assert.Equal(Utc(6, 1, 19), Assert.Single(h.Delivery.Delivered).At);
        Assert.Equal(Utc(6, 2, 8), wake);
    }

    [Fact]
    public async Task CatchUp_OutsideGrace_SkipsToNextDay()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time, configure: o => o.GracePeriod = TimeSpan.FromHours(2));
        h.Store.Subscribe(s_a, null, "u1");
        time.SetUtcNow(Utc(6, 1, 11)); // 12:00 BST, three hours late

        var wake = await h.StartAsync();

        Assert.Empty(h.Delivery.Delivered);
        Assert.Equal(Utc(6, 2, 8), wake);
        await h.AdvanceToAsync(wake);
        Assert.Equal(Utc(6, 2, 8), Assert.Single(h.Delivery.Delivered).At);
    }

    [Fact]
    public async Task PermanentFailure_ThreeDays_DestinationDisabledAndReported()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        h.Store.Subscribe(s_b, null, "u2");
        h.Delivery.FailNext(s_a, DeliveryFailure.Permanent, times: 3);
        var wake = await h.StartAsync();

        for (var i = 0; i < 4; i++) wake = await h.AdvanceToAsync(wake);

        Assert.Equal(3, h.Delivery.Attempts - h.Delivery.Delivered.Count);
        Assert.Empty(h.Delivery.To(s_a));
        Assert.Equal(4, h.Delivery.To(s_b).Count);
        var subscription = h.Store.GetSubscription(s_a)!;
        Assert.False(subscription.Enabled);
        Assert.Equal(3, subscription.ConsecutiveFailures);
        Assert.Contains("Permanent", subscription.DisabledReason, StringComparison.Ordinal);
        var status = await h.Subscriptions().StatusAsync(new Core.Conversation.BotLocation("discord", s_a.Id), CancellationToken.None);
        Assert.Contains("stopped after 3 failed posts", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermanentFailure_ThenSuccess_CountResets()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        h.Delivery.FailNext(s_a, DeliveryFailure.Permanent, times: 2);
        var wake = await h.StartAsync();

        for (var i = 0; i < 3; i++) wake = await h.AdvanceToAsync(wake);

        var subscription = h.Store.GetSubscription(s_a)!;
        Assert.True(subscription.Enabled);
        Assert.Equal(0, subscription.ConsecutiveFailures);
        Assert.Single(h.Delivery.To(s_a));
    }

    [Fact]
    public async Task TransientFailure_RetriedWithBackoff_PostedOnce()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        h.Delivery.FailNext(s_a, DeliveryFailure.Transient, times: 2);
        var wake = await h.StartAsync();

        var retry1 = await h.AdvanceToAsync(wake);
        var retry2 = await h.AdvanceToAsync(retry1);
        var tomorrow = await h.AdvanceToAsync(retry2);

        Assert.Equal(Utc(6, 1, 8, 1), retry1);
        Assert.Equal(Utc(6, 1, 8, 3), retry2);
        Assert.Equal(Utc(6, 1, 8, 3), Assert.Single(h.Delivery.Delivered).At);
        Assert.Equal(Utc(6, 2, 8), tomorrow);
        var post = h.Store.GetPost(s_a, Day(6, 1))!;
        Assert.Equal(PostStatus.Sent, post.Status);
        Assert.Equal(3, post.Attempts);
    }

    [Fact]
    public async Task TransientFailure_RestartDuringBackoff_ResumesOnce()
    {
        var time = new ManualTimeProvider(Utc(6, 1, 7));
        await using var h = new SchedulerHarness(time);
        h.Store.Subscribe(s_a, null, "u1");
        h.Delivery.FailNext(s_a, DeliveryFailure.Transient);
        await h.AdvanceToAsync(await h.StartAsync());

        await h.RestartSameStoreAsync();

        Assert.Single(h.Delivery.Delivered);
        Assert.Equal(PostStatus.Sent, h.Store.GetPost(s_a, Day(6, 1))!.Status);
    }
}
