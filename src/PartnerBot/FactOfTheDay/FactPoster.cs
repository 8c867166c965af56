using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core;
using PartnerBot.State;

namespace PartnerBot.FactOfTheDay;

/// <summary>Posts one destination's fact for one date, exactly once.</summary>
/// <remarks>
/// The intent is written (unique per destination and date) before sending and the result after. A row found still
/// at "intent" is never sent again: the process that wrote it may have posted and crashed before recording it, and
/// neither platform lets us check cheaply (Teams has no read API; a Discord channel search would need the Read
/// Message History permission), so a possible miss is preferred to a duplicate, and it is logged. Transient failures
/// are recorded as "retry" (known not delivered) and tried again with backoff until the day's deadline.
/// </remarks>
internal sealed class FactPoster(
    StateStore store,
    IKnowledgeSource knowledge,
    IFactDelivery delivery,
    IOptions<FactOfTheDayOptions> options,
    TimeProvider time,
    ILogger<FactPoster> logger)
{
    private readonly FactOfTheDayOptions _options = options.Value;

    public async Task<PostOutcome> PostAsync(Destination destination, DateOnly date, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var schedule = knowledge.Current.Facts;
        var fact = schedule.ForDestination(date, schedule.CurrentCycle(store.PostedFactKeys(destination, date)));
        if (fact is null)
        {
            Log.NoFacts(logger, destination.ToString(), date);
            return PostOutcome.NoFacts;
        }
        var reply = FactReplies.Build(fact);
        for (var attempt = 1; ; attempt++)
        {
            if (store.GetSubscription(destination) is not { Enabled: true }) return PostOutcome.Unsubscribed;
            switch (store.TryClaimPost(destination, date, fact.Key))
            {
                case ClaimResult.AlreadySent: return PostOutcome.AlreadySent;
                case ClaimResult.GaveUp: return PostOutcome.Failed;
                case ClaimResult.PossiblySent:
                    Log.PossiblySent(logger, destination.ToString(), date);
                    return PostOutcome.PossiblySent;
            }
            try
            {
                var id = await delivery.DeliverAsync(destination, reply, cancellationToken).ConfigureAwait(false);
                store.CompletePost(destination, date, PostStatus.Sent, id, null);
                store.RecordDeliverySuccess(destination);
                Log.FactPosted(logger, destination.ToString(), date, fact.Key, id);
                return PostOutcome.Sent;
            }
            catch (FactDeliveryException e) when (e.Failure == DeliveryFailure.Transient)
            {
                var delay = _options.RetryDelayFor(attempt);
                if (attempt >= _options.MaxAttempts || time.GetUtcNow() + delay > deadline)
                {
                    store.CompletePost(destination, date, PostStatus.Failed, null, $"gave up after {attempt} attempts: {e.Message}");
                    Log.GaveUp(logger, destination.ToString(), date, attempt, e.Message);
                    return PostOutcome.Failed;
                }
                store.CompletePost(destination, date, PostStatus.Retry, null, e.Message);
                Log.WillRetry(logger, destination.ToString(), date, attempt, delay, e.Message);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (FactDeliveryException e) when (e.Failure == DeliveryFailure.Permanent)
            {
                store.CompletePost(destination, date, PostStatus.Failed, null, e.Message);
                var (failures, disabled) = store.RecordPermanentFailure(destination, e.Message, _options.DisableAfterFailures);
                if (disabled) Log.DestinationDisabled(logger, destination.ToString(), failures, e.Message);
                else Log.PermanentFailure(logger, destination.ToString(), date, failures, _options.DisableAfterFailures, e.Message);
                return PostOutcome.Failed;
            }
            catch (FactDeliveryException e)
            {
                store.CompletePost(destination, date, PostStatus.Failed, null, e.Message);
                Log.PlatformUnavailable(logger, destination.ToString(), date, e.Message);
                return PostOutcome.Failed;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A timeout while the request was in flight: it may have been delivered, so the intent stays.
                Log.PossiblySent(logger, destination.ToString(), date);
                return PostOutcome.PossiblySent;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not a delivery error (a bug, a bad reply): record it so the day is not retried in a loop.
                store.CompletePost(destination, date, PostStatus.Failed, null, e.GetType().Name + ": " + e.Message);
                Log.PostCrashed(logger, destination.ToString(), date, e);
                return PostOutcome.Failed;
            }
        }
    }
}
