namespace PartnerBot.Diagnostics;

/// <summary>Nearest-rank percentiles, as <c>bench</c> and the loopback benchmarks report them.</summary>
public static class Percentile
{
    /// <summary>The nearest-rank percentile (<paramref name="fraction"/> 0.5 = p50) of an ascending list; NaN when empty.</summary>
    public static double Of(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
