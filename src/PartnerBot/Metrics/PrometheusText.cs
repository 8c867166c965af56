using System.Globalization;
using System.Text;

namespace PartnerBot.Metrics;

/// <summary>Writes collected series in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<InstrumentSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var text = new StringBuilder();
        foreach (var s in series)
        {
            var name = Name(s.Instrument.Name) + (string.IsNullOrEmpty(s.Instrument.Unit) ? "" : "_" + Name(s.Instrument.Unit));
            var type = s.IsHistogram ? "histogram" : s.IsCounter ? "counter" : "gauge";
            if (s.IsCounter) name += "_total";
            if (!string.IsNullOrEmpty(s.Instrument.Description)) text.Append("# HELP ").Append(name).Append(' ').Append(s.Instrument.Description.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
            foreach (var (labels, sum, count, buckets) in s.Points())
            {
                if (!s.IsHistogram)
                {
                    Line(text, name, labels, sum);
                    continue;
                }
                for (var i = 0; i < InstrumentSeries.Bounds.Count; i++)
                {
                    Line(text, name + "_bucket", Join(labels, $"le=\"{Number(InstrumentSeries.Bounds[i])}\""), buckets[i]);
                }
                Line(text, name + "_bucket", Join(labels, "le=\"+Inf\""), count);
                Line(text, name + "_sum", labels, sum);
                Line(text, name + "_count", labels, count);
            }
        }
        return text.ToString();
    }

    /// <summary>A metric or label name: letters, digits and underscores.</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray();
        return new string(chars);
    }

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Join(string labels, string extra) => labels.Length == 0 ? extra : labels + "," + extra;

    private static void Line(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0) text.Append('{').Append(labels).Append('}');
        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
