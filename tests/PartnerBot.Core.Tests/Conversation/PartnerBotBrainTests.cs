using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.Core.Tests.Answering;
using PartnerBot.TestSupport;

namespace PartnerBot.Core.Tests.Conversation;

public sealed class PartnerBotBrainTests : IDisposable
{
    private const string Answerable = "How many brands does Haier have?";
    private const string Unanswerable = "What is the zzyzx qwvx policy of Xqzzt?";

    private readonly KnowledgeBase _knowledge = SeedKnowledge.Create();
    private readonly InMemoryFeedbackStore _feedback = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingSubscriptions _subscriptions = new();

    private PartnerBotBrain Brain(bool subscriptions = false, BotOptions? options = null) =>
        new(new StaticKnowledgeSource(_knowledge), _feedback, _time, options is null ? null : Options.Create(options), subscriptions ? _subscriptions : null);

    private static BotRequest Request(BotCommand command, string text = "") =>
        new(command, text, new BotUser("web", "u1", "Ann"), new BotLocation("web", "c1", "s1"));

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task HandleAsync_AskAnswerable_AnswerWithCitationsAndFeedbackButtons()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask, Answerable));
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("seven brands", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(reply.Citations.Count, 1, 3);
        Assert.Contains(reply.Buttons, b => b.Action == ButtonAction.FeedbackUp && b.Payload == reply.Id);
        Assert.Contains(reply.Buttons, b => b.Action == ButtonAction.FeedbackDown && b.Payload == reply.Id);
        Assert.Null(reply.Corrected);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public async Task HandleAsync_AskWithTypo_RepliesShowingResultsFor()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask, "How many brands does Haeir have?"));
        Assert.NotNull(reply.Corrected);
        Assert.StartsWith("Showing results for", reply.Corrected, StringComparison.Ordinal);
        Assert.Contains("Haier", reply.Corrected, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HandleAsync_AskUnanswerable_NotCoveredAndRecordedAsUnanswered()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask, Unanswerable));
        Assert.Equal(ReplyKind.NotCovered, reply.Kind);
        Assert.Empty(reply.Citations);
        var entry = Assert.Single(_feedback.Recent(10));
        Assert.Equal("unanswered", entry.Kind);
        Assert.Equal(Unanswerable, entry.Question);
        Assert.Equal(string.Empty, entry.Answer);
        Assert.Equal(_time.GetUtcNow(), entry.At);
        Assert.Equal(("web", "u1"), (entry.Platform, entry.UserId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task HandleAsync_AskWithLoneSurrogate_RepliesWithoutThrowing(int kind)
    {
        // Built here: xunit's theory-data serialisation would replace a lone surrogate with U+FFFD.
        var question = kind == 0 ? "\ud800" : "Who founded DeepSeek? \udc00";
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask, question));
        Assert.NotNull(reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AskAnswered_RecordsNoFeedback()
    {
        await Brain().HandleAsync(Request(BotCommand.Ask, Answerable));
        Assert.Empty(_feedback.Recent(10));
    }

    [Fact]
    public async Task HandleAsync_AskTooLong_ErrorReplyWithoutAsking()
    {
        var reply = await Brain(options: new BotOptions { MaxQuestionLength = 50 }).HandleAsync(Request(BotCommand.Ask, new string('a', 51)));
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.True(reply.Ephemeral);
        Assert.Contains("50", reply.Text, StringComparison.Ordinal);
        Assert.Contains("51", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_feedback.Recent(10));
    }

    [Fact]
    public async Task HandleAsync_AskAtMaxLength_IsAnswered()
    {
        var question = Answerable.PadRight(499, ' ') + "x";
        Assert.Equal(500, question.Length);
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask, question));
        Assert.NotEqual(ReplyKind.Error, reply.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task HandleAsync_AskEmpty_Help(string text)
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask, text));
        Assert.Equal(ReplyKind.Help, reply.Kind);
    }

    [Fact]
    public async Task HandleAsync_Help_ListsCommandsAndExampleQuestions()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Help));
        Assert.Equal(ReplyKind.Help, reply.Kind);
        Assert.Contains("/company", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Suggestions);
    }

    [Theory]
    [InlineData("Geely", "Geely")]
    [InlineData("吉利", "Geely")]
    [InlineData("  hisense  ", "Hisense")]
    public async Task HandleAsync_CompanyKnown_CompanyReplyWithCitations(string name, string expected)
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Company, name));
        Assert.Equal(ReplyKind.Company, reply.Kind);
        Assert.Equal(expected, reply.Title);
        Assert.InRange(reply.Citations.Count, 1, 3);
        Assert.Contains("Mentioned in", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CompanyUnknown_NotFoundWithClosestNames()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Company, "Geelly Motors"));
        Assert.Equal(ReplyKind.CompanyNotFound, reply.Kind);
        Assert.Contains("Geely", reply.Suggestions);
        Assert.Contains("Did you mean", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CompanyEmpty_Notice()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Company, ""));
        Assert.Equal(ReplyKind.Notice, reply.Kind);
    }

    [Fact]
    public async Task HandleAsync_CompanyTooLong_Error()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Company, new string('g', 501)));
        Assert.Equal(ReplyKind.Error, reply.Kind);
    }

    [Fact]
    public async Task HandleAsync_CompanyWithManyPassages_MoreSourcesGivesTheRest()
    {
        var brain = Brain();
        // The company the articles mention most often has more passages than the three shown.
        var name = _knowledge.Companies.Companies
            .MaxBy(c => _knowledge.CompanyLookup.Lookup(c.Name).Mentions.Sum(m => m.Passages.Count))!.Name;
        var total = _knowledge.CompanyLookup.Lookup(name).Mentions.Sum(m => m.Passages.Count);
        Assert.True(total > 3, $"{name} has only {total} passages");
        var reply = await brain.HandleAsync(Request(BotCommand.Company, name));
        Assert.Equal(3, reply.Citations.Count);
        var more = Assert.Single(reply.Buttons, b => b.Action == ButtonAction.MoreSources);
        var expanded = await brain.HandleAsync(Request(BotCommand.MoreSources, more.Payload));
        Assert.Equal("More sources", expanded.Title);
        Assert.Equal(total - 3, expanded.Citations.Count);
        Assert.DoesNotContain(expanded.Citations, c => reply.Citations.Any(r => r.PassageId == c.PassageId && r.Snippet == c.Snippet));
    }

    [Fact]
    public async Task HandleAsync_CompanyWithFewPassages_NoMoreSourcesButton()
    {
        var name = _knowledge.Companies.Companies
            .First(c => _knowledge.CompanyLookup.Lookup(c.Name).Mentions.Sum(m => m.Passages.Count) is > 0 and <= 3).Name;
        var reply = await Brain().HandleAsync(Request(BotCommand.Company, name));
        Assert.DoesNotContain(reply.Buttons, b => b.Action == ButtonAction.MoreSources);
    }

    [Fact]
    public async Task HandleAsync_AskWithFurtherPassages_MoreSourcesGivesTheRememberedCitations()
    {
        var brain = Brain();
        string[] broad = ["Leeds delegation Hangzhou", "Leeds China partnership", "Hisense Leeds", "Leeds City Region businesses China"];
        var question = broad.FirstOrDefault(q => _knowledge.Answers.Ask(q).MoreCitations.Count > 0);
        Assert.NotNull(question);
        var expected = _knowledge.Answers.Ask(question).MoreCitations;
        var reply = await brain.HandleAsync(Request(BotCommand.Ask, question));
        var more = Assert.Single(reply.Buttons, b => b.Action == ButtonAction.MoreSources);
        Assert.Equal(reply.Id, more.Payload);
        var expanded = await brain.HandleAsync(Request(BotCommand.MoreSources, more.Payload));
        Assert.Equal(expected.Select(c => c.PassageId), expanded.Citations.Select(c => c.PassageId));
        Assert.Contains(question, expanded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_MoreSourcesUnknownId_Notice()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.MoreSources, "nope"));
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task HandleAsync_MoreSourcesOfAbstention_NoFurtherSources()
    {
        var brain = Brain();
        var reply = await brain.HandleAsync(Request(BotCommand.Ask, Unanswerable));
        var more = await brain.HandleAsync(Request(BotCommand.MoreSources, reply.Id));
        Assert.Equal(ReplyKind.Notice, more.Kind);
        Assert.Contains("no further sources", more.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BotCommand.FeedbackUp, "up")]
    [InlineData(BotCommand.FeedbackDown, "down")]
    public async Task HandleAsync_Feedback_RecordedWithQuestionAndAnswer(BotCommand command, string kind)
    {
        var brain = Brain();
        var answer = await brain.HandleAsync(Request(BotCommand.Ask, Answerable));
        _time.Advance(TimeSpan.FromMinutes(5));
        var reply = await brain.HandleAsync(Request(command, answer.Id));
        Assert.True(reply.Ephemeral);
        var entry = Assert.Single(_feedback.Recent(10));
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(Answerable, entry.Question);
        Assert.Equal(answer.Text, entry.Answer);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 12, 5, 0, TimeSpan.Zero), entry.At);
    }

    [Fact]
    public async Task HandleAsync_FeedbackUnknownId_ThanksButRecordsNothing()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.FeedbackDown, "unknown"));
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Empty(_feedback.Recent(10));
    }

    [Fact]
    public async Task HandleAsync_FeedbackOnForgottenReply_RecordsNothing()
    {
        var brain = Brain(options: new BotOptions { RememberedReplies = 1 });
        var first = await brain.HandleAsync(Request(BotCommand.Ask, Answerable));
        await brain.HandleAsync(Request(BotCommand.Ask, "Who founded DeepSeek?"));
        await brain.HandleAsync(Request(BotCommand.FeedbackUp, first.Id));
        Assert.Empty(_feedback.Recent(10));
    }

    [Fact]
    public async Task HandleAsync_Fact_TodaysFactWithCitation()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Fact));
        Assert.Equal(ReplyKind.Fact, reply.Kind);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal(reply.Text, citation.Snippet);
        Assert.Contains(reply.Text, _knowledge.Corpus.Passages[citation.PassageId].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_FactSameLondonDay_SameFact_NextDay_Different()
    {
        var brain = Brain();
        var morning = await brain.HandleAsync(Request(BotCommand.Fact));
        _time.Advance(TimeSpan.FromHours(11)); // 23:00 UTC = 23:00 London in March before the clock change
        var evening = await brain.HandleAsync(Request(BotCommand.Fact));
        _time.Advance(TimeSpan.FromHours(2));
        var tomorrow = await brain.HandleAsync(Request(BotCommand.Fact));
        Assert.Equal(morning.Text, evening.Text);
        Assert.NotEqual(morning.Text, tomorrow.Text);
    }

    [Fact]
    public async Task TodaysFact_UsesConfiguredTimeZone()
    {
        // 23:30 UTC on 1 July is already 2 July in London (BST, UTC+1).
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));
        var brain = new PartnerBotBrain(new StaticKnowledgeSource(_knowledge), _feedback, time);
        var expected = _knowledge.Facts.ForDate(new DateOnly(2026, 7, 2));
        Assert.Equal(expected, brain.TodaysFact());
        var reply = await brain.HandleAsync(Request(BotCommand.Fact));
        Assert.Equal(expected!.Text, reply.Text);
    }

    [Fact]
    public async Task HandleAsync_Sources_ListsEveryArticleWithPassageCounts()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Sources));
        Assert.Equal(ReplyKind.Sources, reply.Kind);
        Assert.StartsWith($"{_knowledge.Corpus.Articles.Count} articles:", reply.Text, StringComparison.Ordinal);
        foreach (var article in _knowledge.Corpus.Articles)
        {
            var count = _knowledge.Corpus.Passages.Count(p => p.Article == article);
            Assert.Contains($"{article.Title} — ", reply.Text, StringComparison.Ordinal);
            Assert.Contains($"({count} passages)", reply.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(BotCommand.SubscribeFact)]
    [InlineData(BotCommand.UnsubscribeFact)]
    [InlineData(BotCommand.FactStatus)]
    public async Task HandleAsync_SubscriptionWithoutService_NotAvailableYet(BotCommand command)
    {
        var reply = await Brain().HandleAsync(Request(command));
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("not available yet", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BotCommand.SubscribeFact, "subscribed", "subscribe c1 u1")]
    [InlineData(BotCommand.UnsubscribeFact, "unsubscribed", "unsubscribe c1")]
    [InlineData(BotCommand.FactStatus, "status: on", "status c1")]
    public async Task HandleAsync_SubscriptionWithService_DelegatesAndShowsItsMessage(BotCommand command, string message, string call)
    {
        var reply = await Brain(subscriptions: true).HandleAsync(Request(command));
        Assert.Equal(message, reply.Text);
        Assert.Equal([call], _subscriptions.Calls);
    }

    [Fact]
    public async Task HandleAsync_UnknownCommand_Notice()
    {
        var reply = await Brain().HandleAsync(Request((BotCommand)999, "x"));
        Assert.Equal(ReplyKind.Notice, reply.Kind);
    }

    [Fact]
    public async Task HandleAsync_ReplyIds_AreUnique()
    {
        var brain = Brain();
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++) ids.Add((await brain.HandleAsync(Request(BotCommand.Help))).Id);
        Assert.Equal(20, ids.Count);
    }

    [Fact]
    public async Task HandleAsync_NullText_TreatedAsEmpty()
    {
        var reply = await Brain().HandleAsync(Request(BotCommand.Ask) with { Text = null! });
        Assert.Equal(ReplyKind.Help, reply.Kind);
    }

    [Theory]
    [InlineData("gee", "Geely")]
    [InlineData("吉", "Geely")]
    [InlineData("hisnese", "Hisense")]
    [InlineData("holding", "Geely")]
    public void SuggestCompanies_PrefixAliasOrNearMiss_Suggested(string prefix, string expected) =>
        Assert.Contains(expected, Brain().SuggestCompanies(prefix));

    [Theory]
    [InlineData(100)]
    [InlineData(25)]
    public void SuggestCompanies_AtMost25(int max)
    {
        var names = Brain().SuggestCompanies("", max);
        Assert.Equal(Math.Min(25, _knowledge.Companies.Companies.Count), names.Count);
    }

    [Fact]
    public void SuggestCompanies_NullOrNegative_DoesNotThrow()
    {
        var brain = Brain();
        Assert.NotNull(brain.SuggestCompanies(null!));
        Assert.Empty(brain.SuggestCompanies("gee", -5));
    }
}
