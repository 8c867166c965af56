using System.Collections.Concurrent;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;

namespace PartnerBot.Discord.Tests.Support;

/// <summary>A hand-written IBot: answers with citations, or waits for the test when <see cref="Gate"/> is set.</summary>
internal sealed class FakeBot : IBot
{
    private readonly TaskCompletionSource _firstCall = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<BotRequest> Requests { get; } = new();

    /// <summary>Completes when HandleAsync is first called.</summary>
    public Task FirstCall => _firstCall.Task;

    /// <summary>When set, HandleAsync awaits it (the slow-bot case).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public List<string> Companies { get; } = [];

    public string? LastSuggestPrefix { get; private set; }

    public Func<BotRequest, BotReply> Answer { get; set; } = Default;

    public async Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        _firstCall.TrySetResult();
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        return Answer(request);
    }

    public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25)
    {
        LastSuggestPrefix = prefix;
        return Companies.Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Take(max).ToList();
    }

    public static BotReply Default(BotRequest request) => new(
        "r1",
        ReplyKind.Answer,
        null,
        "Leeds and Wuhan signed a partnership in 2020 (" + request.Command + ": " + request.Text + ").",
        [SampleCitation("Leeds and Wuhan sign *partnership*", "Leeds and Wuhan signed a partnership agreement in March.", "partnership")],
        ["What did Leeds agree with Wuhan?"],
        [new ReplyButton("More sources", ButtonAction.MoreSources, "r1"), new ReplyButton("👍", ButtonAction.FeedbackUp, "r1"), new ReplyButton("👎", ButtonAction.FeedbackDown, "r1")]);

    public static Citation SampleCitation(string title, string snippet, string term)
    {
        var at = snippet.IndexOf(term, StringComparison.Ordinal);
        return new Citation(title, new DateOnly(2020, 3, 11), "Trade", "leeds-wuhan.md", null, snippet,
            at < 0 ? [] : [new Highlight(at, term.Length)], 1.0, 7);
    }
}
