using System.Net;
using PartnerBot.TestSupport;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>Signing-key refresh: an unknown key id forces a re-read, but not more often than the floor.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task Post_AfterKeyRotation_KeysRefetchedOncePerFloor()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotConnector.StartAsync(time: time);
        await using var host = await TeamsTestHost.StartAsync(fake, new FakeBot(), time: time);
        using var before = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "one", id: "m1"), fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(1, fake.MetadataRequests);

        fake.RotateKey();
        using var tooSoon = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "two", id: "m2"), fake.MintToken());
        Assert.Equal(HttpStatusCode.Unauthorized, tooSoon.StatusCode);
        Assert.Equal(1, fake.MetadataRequests);

        time.Advance(TimeSpan.FromMinutes(1));
        using var after = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "three", id: "m3"), fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, fake.MetadataRequests);

        using var cached = await host.PostAsync(TeamsActivities.Message(fake.ServiceUrl, fake.AppId, "four", id: "m4"), fake.MintToken());
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(2, fake.MetadataRequests);
    }
}
