using System.Diagnostics.Metrics;
using System.Globalization;

namespace PartnerBot.Metrics;

/// <summary>Aggregated measurements of one instrument, one entry per distinct tag set.</summary>
/// <remarks>Counters sum, gauges keep the last value, histograms count into fixed buckets. Thread-safe.</remarks>
public sealed class InstrumentSeries(Instrument instrument)
{
    /// <summary>Upper bounds of histogram buckets (milliseconds fit well; other units still get a usable shape).</summary>
    public static IReadOnlyList<double> Bounds { get; } = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

    private readonly object _gate = new();
    private readonly Dictionary<string, Point> _points = new(StringComparer.Ordinal);

    public Instrument Instrument { get; } = instrument;

    public bool IsHistogram => Instrument.GetType().Name.StartsWith("Histogram", StringComparison.Ordinal);

    public bool IsCounter => Instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal)
        || Instrument.GetType().Name.StartsWith("ObservableCounter", StringComparison.Ordinal);

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Labels(tags);
        lock (_gate)
        {
            if (!_points.TryGetValue(labels, out var point)) _points[labels] = point = new Point(Bounds.Count);
            if (IsHistogram)
            {
                point.Count++;
                point.Sum += value;
                for (var i = 0; i < Bounds.Count; i++)
                {
                    if (value <= Bounds[i]) point.Buckets[i]++;
                }
            }
            else if (IsCounter || Instrument.GetType().Name.StartsWith("UpDownCounter", StringComparison.Ordinal))
            {
                point.Sum += value;
            }
            else
            {
                point.Sum = value;
            }
        }
    }

    /// <summary>Copies of the points: label text (<c>a="b",c="d"</c> or empty), sum, count, cumulative buckets.</summary>
    public IReadOnlyList<(string Labels, double Sum, long Count, long[] Buckets)> Points()
    {
        lock (_gate)
        {
            return _points.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => (p.Key, p.Value.Sum, p.Value.Count, (long[])p.Value.Buckets.Clone())).ToList();
        }
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0) return string.Empty;
        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            parts.Add($"{PrometheusText.Name(tag.Key)}=\"{PrometheusText.Escape(value)}\"");
        }
        parts.Sort(StringComparer.Ordinal);
        return string.Join(',', parts);
    }

    private sealed class Point(int buckets)
    {
        public double Sum { get; set; }
        public long Count { get; set; }
        public long[] Buckets { get; } = new long[buckets];
    }
}
