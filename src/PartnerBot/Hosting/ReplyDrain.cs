namespace PartnerBot.Hosting;

/// <summary>
/// Registered after every other hosted service except the web server, so it stops right after the server has
/// drained HTTP requests: shutdown waits here (up to the host's shutdown timeout) for in-flight replies from any
/// platform, and only then do the platform services close their connections.
/// </summary>
internal sealed class ReplyDrain(InFlightReplies inFlight, ILogger<ReplyDrain> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var count = inFlight.Count;
        if (count == 0) return;
        Log.Draining(logger, count);
        try
        {
            await inFlight.WhenIdleAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Log.DrainTimedOut(logger, inFlight.Count);
        }
    }
}
