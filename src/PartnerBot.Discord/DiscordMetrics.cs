using System.Diagnostics.Metrics;

namespace PartnerBot.Discord;

/// <summary>Counters of the Discord part on the <see cref="DiscordTelemetry.MeterName"/> meter.</summary>
internal sealed class DiscordMetrics : IDisposable
{
    private readonly Meter _meter = new(DiscordTelemetry.MeterName);
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _interactions;
    private readonly Histogram<double> _interactionResponse;

    public DiscordMetrics()
    {
        _reconnects = _meter.CreateCounter<long>("partnerbot.discord.gateway.reconnects", description: "Gateway reconnects (resume or new session).");
        _rateLimited = _meter.CreateCounter<long>("partnerbot.discord.rest.rate_limited", description: "REST 429 responses.");
        _interactions = _meter.CreateCounter<long>("partnerbot.discord.interactions.handled", description: "Interactions answered.");
        _interactionResponse = _meter.CreateHistogram<double>("partnerbot.discord.interactions.first_response", unit: "ms",
            description: "Local receipt of an interaction to its first callback.");
    }

    public void Reconnect(string reason) => _reconnects.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RateLimited(bool global) => _rateLimited.Add(1, new KeyValuePair<string, object?>("scope", global ? "global" : "route"));

    public void InteractionHandled(string kind, bool deferred, TimeSpan firstResponse)
    {
        _interactions.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("deferred", deferred));
        _interactionResponse.Record(firstResponse.TotalMilliseconds);
    }

    public void Dispose() => _meter.Dispose();
}
