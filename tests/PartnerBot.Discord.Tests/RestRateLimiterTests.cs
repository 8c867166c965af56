using PartnerBot.Discord.Rest;
using PartnerBot.TestSupport;

namespace PartnerBot.Discord.Tests;

public sealed class RestRateLimiterTests
{
    [Fact]
    public void GetBucket_SameRouteAndResource_SharesOneBucket()
    {
        var limiter = new RestRateLimiter(new ManualTimeProvider());

        var first = limiter.GetBucket(DiscordRoute.CreateMessage("1"));
        var again = limiter.GetBucket(DiscordRoute.CreateMessage("1"));
        var other = limiter.GetBucket(DiscordRoute.CreateMessage("2"));

        Assert.Same(first, again);
        Assert.NotSame(first, other);
    }

    [Fact]
    public void GetBucket_ManyInteractions_IdleBucketsForgottenAfterAMinute()
    {
        var clock = new ManualTimeProvider();
        var limiter = new RestRateLimiter(clock);
        for (var i = 0; i < 3000; i++) limiter.GetBucket(DiscordRoute.InteractionCallback(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "t"));
        Assert.Equal(3000, limiter.BucketCount);

        clock.Advance(TimeSpan.FromSeconds(61));
        limiter.GetBucket(DiscordRoute.InteractionCallback("new", "t"));

        Assert.Equal(1, limiter.BucketCount);
    }

    [Fact]
    public async Task GetBucket_BucketInUseOrRecentlyUsed_IsKept()
    {
        var clock = new ManualTimeProvider();
        var limiter = new RestRateLimiter(clock);
        var busy = limiter.GetBucket(DiscordRoute.CreateMessage("busy"));
        await busy.Gate.WaitAsync();
        limiter.GetBucket(DiscordRoute.CreateMessage("idle"));
        clock.Advance(TimeSpan.FromSeconds(30));
        var recent = limiter.GetBucket(DiscordRoute.CreateMessage("recent"));

        clock.Advance(TimeSpan.FromSeconds(31));
        limiter.GetBucket(DiscordRoute.CreateMessage("trigger"));

        Assert.Equal(3, limiter.BucketCount); // busy (held), recent (30 s idle), trigger; idle is gone
        Assert.Same(busy, limiter.GetBucket(DiscordRoute.CreateMessage("busy")));
        Assert.Same(recent, limiter.GetBucket(DiscordRoute.CreateMessage("recent")));
        busy.Gate.Release();
    }
}
