using PartnerBot.Core.Answering;

namespace PartnerBot.Core.Tests.Answering;

public sealed class AnswerCacheTests
{
    [Fact]
    public void TryGet_AfterAdd_ReturnsTheAnswer()
    {
        var cache = new AnswerCache(4);
        var answer = Answer("q");
        cache.Add("q", answer);

        Assert.True(cache.TryGet("q", out var found));
        Assert.Same(answer, found);
        Assert.False(cache.TryGet("other", out _));
    }

    [Fact]
    public void Add_BeyondTwiceTheCapacity_OldestForgotten()
    {
        var cache = new AnswerCache(3);
        for (var i = 0; i < 6; i++) cache.Add("q" + i, Answer("q" + i));

        Assert.False(cache.TryGet("q0", out _));
        Assert.True(cache.TryGet("q5", out _));
    }

    [Fact]
    public void TryGet_HitInOlderGeneration_KeepsTheAnswerThroughTheNextTurnover()
    {
        var cache = new AnswerCache(3);
        for (var i = 0; i < 3; i++) cache.Add("q" + i, Answer("q" + i)); // q0..q2 become the previous generation
        Assert.True(cache.TryGet("q0", out _)); // copied forward
        for (var i = 3; i < 6; i++) cache.Add("q" + i, Answer("q" + i));

        Assert.True(cache.TryGet("q0", out _));
        Assert.False(cache.TryGet("q1", out _));
    }

    [Fact]
    public void Add_CapacityZero_RemembersNothing()
    {
        var cache = new AnswerCache(0);
        cache.Add("q", Answer("q"));

        Assert.False(cache.TryGet("q", out _));
    }

    [Theory]
    [InlineData("  Who founded   DeepSeek? ", "Who founded DeepSeek?")]
    [InlineData("Who\tfounded\nDeepSeek?", "Who founded DeepSeek?")]
    [InlineData("who founded deepseek?", "who founded deepseek?")]
    public void Key_CollapsesWhiteSpaceOnly(string question, string expected) =>
        Assert.Equal(expected, AnswerCache.Key(question));

    [Fact]
    public void Ask_SameQuestionAgain_AnsweredWithoutSearchingAndKeepsTheAskersWording()
    {
        using var knowledge = SeedKnowledge.Create();
        var index = (FakePassageIndex)knowledge.Index;
        var first = knowledge.Answers.Ask("Who founded DeepSeek?");
        var searches = index.Queries.Count;

        var again = knowledge.Answers.Ask("  Who founded  DeepSeek? ");

        Assert.Equal(searches, index.Queries.Count);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.Citations, again.Citations);
        Assert.Equal("  Who founded  DeepSeek? ", again.Question);
    }

    [Fact]
    public void Ask_CacheOff_SearchesEveryTime()
    {
        using var knowledge = SeedKnowledge.Create(new AnswerOptions { CacheSize = 0 });
        var index = (FakePassageIndex)knowledge.Index;
        var first = knowledge.Answers.Ask("Who founded DeepSeek?");
        var searches = index.Queries.Count;

        var again = knowledge.Answers.Ask("Who founded DeepSeek?");

        Assert.True(index.Queries.Count > searches);
        Assert.Equal(first.Text, again.Text);
    }

    [Fact]
    public void Ask_Cancelled_ThrowsEvenWhenCached()
    {
        using var knowledge = SeedKnowledge.Create();
        knowledge.Answers.Ask("Who founded DeepSeek?");

        Assert.Throws<OperationCanceledException>(() => knowledge.Answers.Ask("Who founded DeepSeek?", new CancellationToken(canceled: true)));
    }

    private static Answer Answer(string question) => new(question, "text", false, null, [], [], []);
}
