using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerBot.Core.Conversation;
using PartnerBot.State;
using PartnerBot.Teams;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class StateStoreTests
{
    private static readonly Destination s_a = new(Destination.Discord, "111");
    private static readonly DateOnly s_day = new(2026, 6, 1);

    [Fact]
    public async Task State_FileStore_SurvivesRestart()
    {
        using var folder = new TempFolder();
        var time = new ManualTimeProvider();
        var reference = new TeamsConversationReference("19:x", "https://smba.example/amer/", "t1", "28:bot", "msteams", "channel", "PartnerBot");
        using (var store = new StateStore(folder.Path, time, NullLogger<StateStore>.Instance))
        {
            store.Subscribe(s_a, "g1", "u1");
            store.TryClaimPost(s_a, s_day, "k1");
            store.CompletePost(s_a, s_day, PostStatus.Sent, "m1", null);
            await new SqliteConversationReferenceStore(store).SaveAsync(reference, CancellationToken.None);
            new SqliteFeedbackStore(store).Record(new FeedbackEntry(time.GetUtcNow(), "discord", "u1", "q?", "down", "a"));
        }

        using var reopened = new StateStore(folder.Path, time, NullLogger<StateStore>.Instance);

        Assert.Equal("u1", reopened.GetSubscription(s_a)!.SubscribedBy);
        Assert.Equal(ClaimResult.AlreadySent, reopened.TryClaimPost(s_a, s_day, "k1"));
        Assert.Equal("m1", reopened.GetPost(s_a, s_day)!.MessageId);
        Assert.Equal(reference, await new SqliteConversationReferenceStore(reopened).GetAsync("19:x", CancellationToken.None));
        Assert.Equal("q?", Assert.Single(new SqliteFeedbackStore(reopened).Recent(10)).Question);
        Assert.True(File.Exists(Path.Combine(folder.Path, "state.db")));
    }

    [Fact]
    public void State_CorruptFile_MovedAsideFreshStoreAndLogged()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "state.db"), "this is not a database, just some text that is long enough to look like a header.");
        var logger = new ListLogger<StateStore>();

        using var store = new StateStore(folder.Path, new ManualTimeProvider(), logger);
        store.Subscribe(s_a, null, "u1");

        Assert.NotNull(store.GetSubscription(s_a));
        Assert.Single(Directory.GetFiles(folder.Path, "state.db.corrupt-*"));
        Assert.Contains(logger.Messages, m => m.Contains("unreadable", StringComparison.Ordinal) && m.Contains("moved it to", StringComparison.Ordinal));
    }

    [Fact]
    public void Claim_SecondClaimSameDay_NotClaimed()
    {
        using var store = new StateStore(":memory:", new ManualTimeProvider(), NullLogger<StateStore>.Instance);

        var first = store.TryClaimPost(s_a, s_day, "k1");
        var second = store.TryClaimPost(s_a, s_day, "k1");
        store.CompletePost(s_a, s_day, PostStatus.Retry, null, "503");
        var third = store.TryClaimPost(s_a, s_day, "k1");
        store.CompletePost(s_a, s_day, PostStatus.Failed, null, "404");
        var fourth = store.TryClaimPost(s_a, s_day, "k1");

        Assert.Equal([ClaimResult.Claimed, ClaimResult.PossiblySent, ClaimResult.Claimed, ClaimResult.GaveUp], new[] { first, second, third, fourth });
        Assert.Equal(2, store.GetPost(s_a, s_day)!.Attempts);
    }

    [Fact]
    public async Task Claim_ConcurrentClaims_ExactlyOneWins()
    {
        using var store = new StateStore(":memory:", new ManualTimeProvider(), NullLogger<StateStore>.Instance);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.TryClaimPost(s_a, s_day, "k1"))));

        Assert.Equal(1, results.Count(r => r == ClaimResult.Claimed));
    }

    [Fact]
    public void Feedback_OverCapacity_KeepsNewest()
    {
        using var store = new StateStore(":memory:", new ManualTimeProvider(), NullLogger<StateStore>.Instance);
        var feedback = new SqliteFeedbackStore(store, capacity: 3);

        for (var i = 0; i < 5; i++) feedback.Record(new FeedbackEntry(DateTimeOffset.UnixEpoch, "web", "u", "q" + i, "unanswered", ""));

        Assert.Equal(["q4", "q3", "q2"], feedback.Recent(10).Select(e => e.Question).ToArray());
    }

    [Fact]
    public async Task References_RemoveAndList_Persistent()
    {
        using var store = new StateStore(":memory:", new ManualTimeProvider(), NullLogger<StateStore>.Instance);
        var references = new SqliteConversationReferenceStore(store);
        await references.SaveAsync(new TeamsConversationReference("a:1", "https://s/", null, "28:b", "msteams"), CancellationToken.None);
        await references.SaveAsync(new TeamsConversationReference("a:2", "https://s/", null, "28:b", "msteams"), CancellationToken.None);

        var removed = await references.RemoveAsync("a:1", CancellationToken.None);
        var again = await references.RemoveAsync("a:1", CancellationToken.None);

        Assert.True(removed);
        Assert.False(again);
        Assert.Equal("a:2", Assert.Single(await references.ListAsync(CancellationToken.None)).ConversationId);
    }

    [Fact]
    public void AddStateStore_ReplacesInMemoryStores()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.AddSingleton<IFeedbackStore>(new InMemoryFeedbackStore());

        services.AddStateStore(":memory:");
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        Assert.IsType<SqliteConversationReferenceStore>(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IConversationReferenceStore>(provider));
        Assert.IsType<SqliteFeedbackStore>(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IFeedbackStore>(provider));
    }
}
