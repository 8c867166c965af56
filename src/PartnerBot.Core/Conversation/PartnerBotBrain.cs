using Microsoft.Extensions.Options;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Facts;

namespace PartnerBot.Core.Conversation;

/// <summary>The platform-neutral conversation logic behind every platform (see <see cref="IBot"/>).</summary>
public sealed partial class PartnerBotBrain : IBot
{
    private readonly IKnowledgeSource _knowledge;
    private readonly IFeedbackStore _feedback;
    private readonly TimeProvider _time;
    private readonly IFactSubscriptions? _subscriptions;
    private readonly BotOptions _options;
    private readonly ReplyMemory _memory;
    private readonly TimeZoneInfo _zone;

    public PartnerBotBrain(
        IKnowledgeSource knowledge,
        IFeedbackStore feedback,
        TimeProvider time,
        IOptions<BotOptions>? options = null,
        IFactSubscriptions? subscriptions = null)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _feedback = feedback ?? throw new ArgumentNullException(nameof(feedback));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _subscriptions = subscriptions;
        _options = options?.Value ?? new BotOptions();
        _memory = new ReplyMemory(_options.RememberedReplies);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
    }

    public async Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = (request.Text ?? string.Empty).Trim();
        return request.Command switch
        {
            BotCommand.Ask => Ask(text, request, cancellationToken),
            BotCommand.Company => Company(text, cancellationToken),
            BotCommand.Fact => FactOfTheDay(),
            BotCommand.Sources => Sources(),
            BotCommand.Help => Help(),
            BotCommand.MoreSources => MoreSources(text),
            BotCommand.FeedbackUp => Feedback(text, request, "up"),
            BotCommand.FeedbackDown => Feedback(text, request, "down"),
            BotCommand.SubscribeFact => await Subscription(s => s.SubscribeAsync(request.Location, request.User, cancellationToken)).ConfigureAwait(false),
            BotCommand.UnsubscribeFact => await Subscription(s => s.UnsubscribeAsync(request.Location, cancellationToken)).ConfigureAwait(false),
            BotCommand.FactStatus => await Subscription(s => s.StatusAsync(request.Location, cancellationToken)).ConfigureAwait(false),
            _ => Notice("I don't know that command. Try help."),
        };
    }

    public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25) =>
        _knowledge.Current.Companies.Suggest(prefix ?? string.Empty, Math.Clamp(max, 0, 25)).Select(c => c.Name).ToList();

    /// <summary>Today's fact in the configured time zone.</summary>
    public Fact? TodaysFact() => _knowledge.Current.Facts.ForDate(Today());

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone).DateTime);

    private BotReply Ask(string question, BotRequest request, CancellationToken cancellationToken)
    {
        if (question.Length == 0) return Help();
        if (question.Length > _options.MaxQuestionLength)
        {
            return Notice($"Questions can be at most {_options.MaxQuestionLength} characters; yours has {question.Length}. Please shorten it.", ReplyKind.Error);
        }
        var answer = _knowledge.Current.Answers.Ask(question, cancellationToken);
        var id = NewId();
        var corrected = answer.Corrected is null ? null : $"Showing results for “{answer.Corrected}”";
        if (answer.Abstained)
        {
            _feedback.Record(new FeedbackEntry(_time.GetUtcNow(), request.User.Platform, request.User.Id, question, "unanswered", string.Empty));
            _memory.Remember(id, new ReplyMemory.Remembered(question, string.Empty, []));
            return new BotReply(id, ReplyKind.NotCovered, null, answer.Text, [], answer.Suggestions, [], corrected);
        }
        _memory.Remember(id, new ReplyMemory.Remembered(question, answer.Text, answer.MoreCitations));
        return new BotReply(id, ReplyKind.Answer, null, answer.Text, answer.Citations, answer.Suggestions, AnswerButtons(id, answer.MoreCitations.Count > 0), corrected);
    }

    private static List<ReplyButton> AnswerButtons(string id, bool more)
    {
        var buttons = new List<ReplyButton>();
        if (more) buttons.Add(new ReplyButton("More sources", ButtonAction.MoreSources, id));
        buttons.Add(new ReplyButton("👍", ButtonAction.FeedbackUp, id));
        buttons.Add(new ReplyButton("👎", ButtonAction.FeedbackDown, id));
        return buttons;
    }

    private BotReply MoreSources(string id)
    {
        var remembered = _memory.Find(id);
        if (remembered is null) return Notice("That answer is too old to expand — please ask again.");
        if (remembered.MoreCitations.Count == 0) return Notice("There are no further sources for that answer.");
        return new BotReply(NewId(), ReplyKind.Answer, "More sources", $"Further passages for “{remembered.Question}”:",
            remembered.MoreCitations, [], []);
    }

    private BotReply Feedback(string id, BotRequest request, string kind)
    {
        var remembered = _memory.Find(id);
        if (remembered is null) return Notice("Thanks! (That answer is too old to record feedback on.)");
        _feedback.Record(new FeedbackEntry(_time.GetUtcNow(), request.User.Platform, request.User.Id, remembered.Question, kind, remembered.Answer));
        return Notice(kind == "up" ? "Thanks for the feedback! 👍" : "Thanks — we'll review that answer. 👎");
    }

    private async Task<BotReply> Subscription(Func<IFactSubscriptions, Task<string>> action)
    {
        if (_subscriptions is null) return Notice("Fact-of-the-day subscriptions are not available yet.");
        return Notice(await action(_subscriptions).ConfigureAwait(false));
    }

    private static BotReply Notice(string text, ReplyKind kind = ReplyKind.Notice) =>
        new(NewId(), kind, null, text, [], [], [], Ephemeral: true);

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
