using PartnerBot.Core.Conversation;
using PartnerBot.Hosting;
using PartnerBot.Knowledge;

namespace PartnerBot.Metrics;

/// <summary>
/// The <see cref="IBot"/> every platform gets: the brain, with questions counted and timed, tracked for a graceful
/// shutdown, and a "still loading" notice before the first index is in.
/// </summary>
internal sealed class MeteredBot(PartnerBotBrain brain, ReloadingKnowledgeSource knowledge, BotMetrics metrics, InFlightReplies inFlight, TimeProvider time) : IBot
{
    public async Task<BotReply> HandleAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var _ = inFlight.Enter();
        if (!knowledge.IsLoaded)
        {
            // Platforms may connect before the first index is in; they get a notice instead of an exception.
            return new BotReply(Guid.NewGuid().ToString("N")[..12], ReplyKind.Notice, null,
                "I'm still loading the articles — please try again in a few seconds.", [], [], [], Ephemeral: true);
        }
        if (request.Command != BotCommand.Ask) return await brain.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        var reply = await brain.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        if (reply.Kind is ReplyKind.Answer or ReplyKind.NotCovered)
        {
            metrics.Asked(request.User.Platform, reply.Kind == ReplyKind.NotCovered, time.GetElapsedTime(started).TotalMilliseconds);
        }
        return reply;
    }

    public IReadOnlyList<string> SuggestCompanies(string prefix, int max = 25) =>
        knowledge.IsLoaded ? brain.SuggestCompanies(prefix, max) : [];
}
