using System.Collections.Concurrent;
using PartnerBot.Core.Answering;
using PartnerBot.Core.Conversation;

namespace PartnerBot.Teams.Tests;

/// <summary>Hand-written <see cref="IBot"/>: records requests and answers with a fixed, citation-rich reply.</summary>
internal sealed class FakeBot : IBot
{
    private readonly ConcurrentQueue<BotRequest> _requests = new();

    public IReadOnlyList<BotRequest> Requests => _requests.ToArray();

    public string[] Companies { get; init; } = ["Leeds Bradford Airport", "Leeds Beckett University", "Leeds City Council", "Huawei"];

    /// <summary>Replaces the default reply when set.</summary>
    public Func<BotRequest, BotReply>? Reply { get; set; }

    /// <summary>When set, every request waits for it (to hold work in the queue).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completed when the first request arrives.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        Entered.TrySetResult();
        if (Gate is { } gate) await gate.Task;
        return Reply?.Invoke(request) ?? DefaultReply(request);
    }

    public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25) =>
        Companies.Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Take(max).ToList();

    public static BotReply DefaultReply(BotRequest request) => request.Command switch
    {
        BotCommand.Company => new BotReply("c1", ReplyKind.Company, request.Text, $"{request.Text} appears in 2 articles.", [SampleCitation()], [], []),
        BotCommand.Help => new BotReply("h1", ReplyKind.Help, "Help", "Ask me about Leeds City Region and China.", [], [], []),
        _ => SampleAnswer(),
    };

    public static Citation SampleCitation(string? url = "https://example.org/news/leeds-china") => new(
        "Leeds signs *partnership* with [Wuhan]",
        new DateOnly(2020, 3, 11),
        "Trade",
        url ?? "news.md",
        url,
        "Leeds and Wuhan agreed a trade partnership_deal worth £10m <at>x</at>.",
        [new Highlight(0, 5), new Highlight(10, 5)],
        1.5,
        42);

    public static BotReply SampleAnswer() => new(
        "r-123",
        ReplyKind.Answer,
        null,
        "Leeds and Wuhan signed a *trade* partnership in 2020.",
        [SampleCitation(), SampleCitation(url: null) with { Title = "Second source", Section = null, Date = null, Highlights = [] }],
        ["Leeds Bradford Airport", "Huawei"],
        [
            new ReplyButton("👍", ButtonAction.FeedbackUp, "r-123"),
            new ReplyButton("👎", ButtonAction.FeedbackDown, "r-123"),
            new ReplyButton("More sources", ButtonAction.MoreSources, "r-123"),
        ],
        Corrected: "Showing results for \"wuhan\"");
}
