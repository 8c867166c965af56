using PartnerBot.Core.Conversation;
using PartnerBot.Hosting;

namespace PartnerBot.Metrics;

/// <summary>The <see cref="IBot"/> every platform gets: the brain, with questions counted and timed, and tracked for a graceful shutdown.</summary>
internal sealed class MeteredBot(PartnerBotBrain brain, BotMetrics metrics, InFlightReplies inFlight, TimeProvider time) : IBot
{
    public async Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var _ = inFlight.Enter();
        if (request.Command != BotCommand.Ask) return await brain.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        var reply = await brain.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        if (reply.Kind is ReplyKind.Answer or ReplyKind.NotCovered)
        {
            metrics.Asked(request.User.Platform, reply.Kind == ReplyKind.NotCovered, time.GetElapsedTime(started).TotalMilliseconds);
        }
        return reply;
    }

    public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25) => brain.SuggestCompanies(prefix, max);
}
