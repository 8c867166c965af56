using Microsoft.Extensions.Logging;

namespace PartnerBot.Discord.Gateway;

/// <summary>
/// One gateway shard: connect, identify or resume, heartbeat, dispatch, and reconnect by the rules of
/// protocol §1.6–1.7 until shutdown or a fatal close code.
/// </summary>
internal sealed partial class GatewayShard
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(3);
    private readonly int _shardId;
    private readonly int _shardCount;
    private readonly Uri _gatewayUrl;
    private readonly string _token;
    private readonly int _intents;
    private readonly TimeProvider _time;
    private readonly DiscordJitter _jitter;
    private readonly IGatewayConnectionFactory _factory;
    private readonly IGatewayEvents _events;
    private readonly IdentifyGate _identifyGate;
    private readonly DiscordStatus _status;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ReconnectStrategy _reconnect;
    private readonly object _sessionGate = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;

    public GatewayShard(int shardId, int shardCount, Uri gatewayUrl, GatewayShardContext context)
    {
        _shardId = shardId;
        _shardCount = shardCount;
        _gatewayUrl = gatewayUrl;
        _token = context.Token;
        _intents = context.Intents;
        _time = context.Time;
        _jitter = context.Jitter;
        _factory = context.ConnectionFactory;
        _events = context.Events;
        _identifyGate = context.IdentifyGate;
        _status = context.Status;
        _metrics = context.Metrics;
        _logger = context.Logger;
        _reconnect = new ReconnectStrategy(context.Jitter);
    }

    public int ShardId => _shardId;

    /// <summary>Runs until shutdown (<see cref="NextStep.Shutdown"/>) or a fatal close (<see cref="NextStep.Stop"/>).</summary>
    public async Task<ConnectionOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var last = ConnectionOutcome.NewSession("start");
        var failures = 0;
        while (true)
        {
            if (cancellationToken.IsCancellationRequested) return ConnectionOutcome.Shutdown();
            var resume = last.Next == NextStep.Resume && SessionId is not null;
            if (!resume) ClearSession();
            var url = WithQuery(resume ? ResumeUrl ?? _gatewayUrl : _gatewayUrl);
            var connection = _factory.Create();
            try
            {
                await connection.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                failures++;
                var delay = _reconnect.Delay(failures);
                Log.ConnectFailed(_logger, ex, _shardId, delay);
                _status.SetError("gateway connect failed: " + ex.Message);
                if (!await DelayAsync(delay, cancellationToken).ConfigureAwait(false)) return ConnectionOutcome.Shutdown();
                continue;
            }
            catch (OperationCanceledException)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return ConnectionOutcome.Shutdown();
            }

            var (outcome, reachedReady) = await RunConnectionAsync(connection, resume, last.IdentifyDelay, cancellationToken).ConfigureAwait(false);
            if (outcome.Next is NextStep.Stop or NextStep.Shutdown) return outcome;

            last = outcome;
            failures = reachedReady ? 0 : failures + 1;
            var mode = outcome.Next == NextStep.Resume ? "resume" : "new session";
            Log.Reconnecting(_logger, _shardId, mode, outcome.Reason);
            _metrics.Reconnect(mode);
            _status.ShardReconnecting(_shardId, outcome.Reason);
            if (!await DelayAsync(_reconnect.Delay(failures), cancellationToken).ConfigureAwait(false)) return ConnectionOutcome.Shutdown();
        }
    }

    private async Task<(ConnectionOutcome Outcome, bool ReachedReady)> RunConnectionAsync(
        IGatewayConnection connection, bool resume, TimeSpan identifyDelay, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var state = new ConnectionState(connection, new GatewaySendLimiter(_time), cts.Token);
        using var registration = cancellationToken.Register(() => state.Stop(ConnectionOutcome.Shutdown()));
        var readyFlag = new StrongBox<bool>();
        var receive = ReceiveLoopAsync(state, resume, identifyDelay, readyFlag);
        var outcome = await state.Stopped.ConfigureAwait(false);

        // We close first when we decided (op 7, op 9, zombie, shutdown); never 1000/1001 when we want to resume.
        // A send stuck on a dead link must not hold the close up forever: bounded wait for the send lock.
        using (var lockWait = new CancellationTokenSource(CloseHandshakeTimeout, _time))
        {
            var locked = false;
            try
            {
                await state.SendLock.WaitAsync(lockWait.Token).ConfigureAwait(false);
                locked = true;
                await connection.CloseAsync(outcome.CloseCode, outcome.Next.ToString(), lockWait.Token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The link is already gone (or stuck); the abort below ends it.
            }
            finally
            {
                if (locked) state.SendLock.Release();
            }
        }
        // Give the server a moment to answer the close so the frame is not lost to an abort (RST drops unread data).
        if (!receive.IsCompleted)
        {
            using var closeWait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(receive, Task.Delay(CloseHandshakeTimeout, _time, closeWait.Token)).ConfigureAwait(false);
            await closeWait.CancelAsync().ConfigureAwait(false);
        }
        await cts.CancelAsync().ConfigureAwait(false);
        connection.Abort();
        await Quietly(receive).ConfigureAwait(false);
        if (state.Heartbeat is { } heartbeat) await Quietly(heartbeat).ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        return (outcome, readyFlag.Value);
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero) return !cancellationToken.IsCancellationRequested;
        try
        {
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Loops report through ConnectionState.Stop; leftovers after close are expected.
        }
    }

    private static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private sealed class StrongBox<T>
    {
        public T? Value { get; set; }
    }
}
