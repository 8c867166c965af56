using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.Discord.Gateway;
using PartnerBot.Discord.Interactions;
using PartnerBot.Discord.JsonModels;
using PartnerBot.Discord.Rest;

namespace PartnerBot.Discord;

/// <summary>
/// The Discord part: reads <c>/gateway/bot</c>, runs the shards, registers commands after the first READY,
/// and hands events to the handlers on their own tasks. A fatal error stops only this part.
/// </summary>
internal sealed partial class DiscordBotClient(
    IOptions<DiscordOptions> options,
    IServiceProvider services,
    DiscordRestClient rest,
    IGatewayConnectionFactory connectionFactory,
    DiscordStatus status,
    DiscordMetrics metrics,
    DiscordJitter jitter,
    TimeProvider time,
    ILogger<DiscordBotClient> logger)
{
    private readonly DiscordOptions _options = options.Value;
    private readonly TaskCompletionSource<bool> _commandsSynced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _run = Task.CompletedTask;
    private InteractionHandler? _interactions;
    private ChatMessageHandler? _chat;
    private string? _applicationId;
    private string? _selfId;
    private int _registrationStarted;

    /// <summary>Completes after command registration: true when a PUT was sent, false when skipped as unchanged.</summary>
    internal Task<bool> CommandsSynced => _commandsSynced.Task;

    /// <summary>Starts in the background and returns at once; does nothing (one log line) without a token.</summary>
    public void Start()
    {
        if (!_options.Enabled)
        {
            status.SetOff();
            Log.Off(logger);
            return;
        }
        var bot = services.GetRequiredService<IBot>();
        _interactions = new InteractionHandler(bot, rest, _options, time, metrics, logger);
        _chat = new ChatMessageHandler(bot, rest, new UserCooldown(time, _options.CooldownMessages, _options.CooldownWindow), logger);
        _applicationId = string.IsNullOrWhiteSpace(_options.ApplicationId) ? null : _options.ApplicationId;
        status.SetConnecting(1);
        _run = Task.Run(() => RunAsync(_stop.Token));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _run.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Host gave up waiting.
        }
        status.SetStopped("host shut down");
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var gateway = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        if (gateway is null) return;
        if (gateway.SessionStartLimit is { Remaining: <= 0 } budget)
        {
            // 1000 identifies a day; going over resets the token. Wait for the budget instead.
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, budget.ResetAfter));
            Log.IdentifyBudgetExhausted(logger, wait);
            status.SetError($"daily identify budget used up; waiting {wait} before connecting");
            try
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        var shardCount = _options.ShardCount ?? Math.Max(1, gateway.Shards);
        var shardIds = _options.ShardId is { } only ? [only] : Enumerable.Range(0, shardCount).ToArray();
        status.SetConnecting(shardIds.Length);
        Log.Starting(logger, shardCount, string.Join(",", shardIds));
        if (_applicationId is { } configured) StartRegistration(configured);

        var context = new GatewayShardContext(_options.Token!, GatewayIntents.For(_options.MessageContentIntent), time, jitter,
            connectionFactory, this, new IdentifyGate(time, gateway.SessionStartLimit?.MaxConcurrency ?? 1), status, metrics, logger);
        var url = new Uri(gateway.Url);
        var running = shardIds.Select(id => new GatewayShard(id, shardCount, url, context).RunAsync(cancellationToken)).ToList();
        while (running.Count > 0)
        {
            var done = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(done);
            var outcome = await done.ConfigureAwait(false);
            if (outcome.Next == NextStep.Stop) Stop(outcome.Reason);
        }
    }

    private async Task<JsonGatewayBot?> DiscoverAsync(CancellationToken cancellationToken)
    {
        var strategy = new ReconnectStrategy(jitter);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordUnauthorizedException ex)
            {
                Stop(ex.Message);
                return null;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex)
            {
                var delay = strategy.Delay(attempt);
                Log.ConnectFailed(logger, ex, -1, delay);
                status.SetError("GET /gateway/bot failed: " + ex.Message);
                try
                {
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }

    /// <summary>Stops the whole Discord part with an operator-actionable reason; the host keeps running.</summary>
    private void Stop(string reason)
    {
        if (status.State != DiscordState.Stopped) Log.Stopped(logger, reason);
        status.SetStopped(reason);
        _commandsSynced.TrySetCanceled();
        _stop.Cancel();
    }
}
