using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PartnerBot.Metrics;

/// <summary>
/// Listens to the meters <c>PartnerBot</c>, <c>PartnerBot.Discord</c> and <c>PartnerBot.Teams</c> and keeps running
/// totals for <c>/metrics</c>.
/// </summary>
/// <remarks>
/// Only meters created by this host's <see cref="IMeterFactory"/> (or unscoped ones) are collected, so two hosts
/// in one process (tests) do not count each other's measurements.
/// </remarks>
public sealed class MetricsCollector : IDisposable
{
    private static readonly string[] s_meters = [BotMetrics.MeterName, "PartnerBot.Discord", "PartnerBot.Teams"];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> _series = new();
    private readonly IMeterFactory _factory;

    public MetricsCollector(IMeterFactory meterFactory)
    {
        _factory = meterFactory ?? throw new ArgumentNullException(nameof(meterFactory));
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (!s_meters.Contains(instrument.Meter.Name)) return;
            if (instrument.Meter.Scope is { } scope && !ReferenceEquals(scope, _factory)) return;
            _series[instrument] = new InstrumentSeries(instrument);
            listener.EnableMeasurementEvents(instrument);
        };
        _listener.MeasurementsCompleted = (instrument, _) => _series.TryRemove(instrument, out InstrumentSeries? _);
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>Current totals (observable instruments are read now).</summary>
    public IReadOnlyList<InstrumentSeries> Collect()
    {
        _listener.RecordObservableInstruments();
        return _series.Values.OrderBy(s => s.Instrument.Meter.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Instrument.Name, StringComparer.Ordinal).ToList();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (_series.TryGetValue(instrument, out var series)) series.Record(value, tags);
    }

    public void Dispose() => _listener.Dispose();
}
