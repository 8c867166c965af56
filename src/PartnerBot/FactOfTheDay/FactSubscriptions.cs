using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Core.Conversation;
using PartnerBot.State;

namespace PartnerBot.FactOfTheDay;

/// <summary>Subscribe, unsubscribe and status for Discord channels and Teams conversations, kept in the state store.</summary>
internal sealed class FactSubscriptions(
    StateStore store,
    IOptions<FactOfTheDayOptions> options,
    TimeProvider time,
    ILogger<FactSubscriptions> logger) : IFactSubscriptions
{
    private readonly FactOfTheDayOptions _options = options.Value;

    public Task<string> SubscribeAsync(BotLocation location, BotUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(user);
        cancellationToken.ThrowIfCancellationRequested();
        if (Destination(location) is not { } destination) return Task.FromResult(NotHere);
        if (!_options.Enabled) return Task.FromResult("The fact of the day is switched off on this bot, so nothing would be posted. Ask an operator to enable it.");
        if (!store.Subscribe(destination, location.ScopeId, user.Id))
            return Task.FromResult($"Already subscribed: a fact is posted {Where(location)} every day at {Schedule}.");
        Log.Subscribed(logger, destination.ToString(), user.Id);
        return Task.FromResult($"Subscribed: a fact will be posted {Where(location)} every day at {Schedule}.");
    }

    /// <summary>"here" — or, on Discord, the channel by mention, since <c>/factoftheday subscribe channel:</c> may name another one.</summary>
    private static string Where(BotLocation location) =>
        location.Platform == "discord" && location.ConversationId.All(char.IsAsciiDigit) ? $"in <#{location.ConversationId}>" : "here";

    public Task<string> UnsubscribeAsync(BotLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        cancellationToken.ThrowIfCancellationRequested();
        if (Destination(location) is not { } destination) return Task.FromResult(NotHere);
        if (!store.Unsubscribe(destination)) return Task.FromResult("This conversation is not subscribed to the fact of the day.");
        Log.Unsubscribed(logger, destination.ToString());
        return Task.FromResult("Unsubscribed: no more facts of the day here.");
    }

    public Task<string> StatusAsync(BotLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        cancellationToken.ThrowIfCancellationRequested();
        if (Destination(location) is not { } destination) return Task.FromResult(NotHere);
        var subscription = store.GetSubscription(destination);
        var last = store.LastPost(destination);
        var lastText = last is null ? "No fact has been posted here yet."
            : $"Last post: {last.LocalDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} ({Describe(last)}).";
        if (subscription is null) return Task.FromResult($"Not subscribed. Subscribe to get a fact every day at {Schedule}. {lastText}");
        if (!subscription.Enabled)
        {
            return Task.FromResult($"Subscribed, but stopped after {subscription.ConsecutiveFailures} failed posts ({subscription.DisabledReason}). "
                + $"Subscribe again to restart. {lastText}");
        }
        if (!_options.Enabled) return Task.FromResult($"Subscribed, but the fact of the day is switched off on this bot. {lastText}");
        var next = DailySchedule.NextOccurrence(time.GetUtcNow(), _options.LocalTime, _options.Zone);
        var nextLocal = TimeZoneInfo.ConvertTime(next, _options.Zone);
        return Task.FromResult($"Subscribed: next post {nextLocal.ToString("ddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} {_options.TimeZone}. {lastText}");
    }

    private const string NotHere = "The fact of the day can be posted only in Discord channels and Teams conversations.";

    private string Schedule => $"{_options.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {_options.TimeZone}";

    private static string Describe(PostRecord post) => post.Status switch
    {
        PostStatus.Sent => "sent",
        PostStatus.Intent => "possibly sent",
        PostStatus.Retry => "retrying: " + post.Error,
        _ => "failed: " + post.Error,
    };

    /// <summary>
    /// The destination for a location. A Teams channel message's conversation id names its thread
    /// (<c>19:…@thread.tacv2;messageid=…</c>); the subscription is for the channel, so each day starts a new post there.
    /// </summary>
    internal static Destination? Destination(BotLocation location)
    {
        if (location.Platform is not (State.Destination.Discord or State.Destination.Teams) || string.IsNullOrWhiteSpace(location.ConversationId)) return null;
        var id = location.ConversationId;
        if (location.Platform == State.Destination.Teams && id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) is var cut and > 0) id = id[..cut];
        return new Destination(location.Platform, id);
    }
}
