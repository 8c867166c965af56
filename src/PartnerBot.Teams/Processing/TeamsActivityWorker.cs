using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnerBot.Teams.Processing;

/// <summary>Hosted service that processes queued activities and, on shutdown, drains the queue.</summary>
/// <remarks>
/// <see cref="StopAsync"/> stops taking new activities and lets the queued ones finish, until the host's shutdown
/// deadline cancels the token; then in-flight work is cancelled. Also logs the development-mode warning at start.
/// </remarks>
internal sealed class TeamsActivityWorker(
    ActivityQueue queue,
    ActivityProcessor processor,
    IOptions<TeamsOptions> options,
    ILogger<TeamsActivityWorker> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _abort = new();
    private Task[] _consumers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.IsDevMode) Log.DevMode(logger);
        else Log.Started(logger, o.AppId!, o.OpenIdMetadataUrl, o.ResolveTokenEndpoint());
        _consumers = Enumerable.Range(0, o.MaxConcurrency).Select(_ => Task.Run(ConsumeAsync, CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        var pending = queue.Count;
        if (pending > 0) Log.Draining(logger, pending);
        try
        {
            await Task.WhenAll(_consumers).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Log.DrainAborted(logger, queue.Count);
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task ConsumeAsync()
    {
        try
        {
            await foreach (var activity in queue.Reader.ReadAllAsync(_abort.Token).ConfigureAwait(false))
            {
                await processor.ProcessAsync(activity, _abort.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Shutdown deadline passed.
        }
    }
}
