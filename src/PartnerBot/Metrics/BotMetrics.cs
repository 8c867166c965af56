using System.Diagnostics.Metrics;

namespace PartnerBot.Metrics;

/// <summary>The service's own instruments (meter <c>PartnerBot</c>).</summary>
public sealed class BotMetrics
{
    public const string MeterName = "PartnerBot";

    private readonly Counter<long> _answered;
    private readonly Counter<long> _abstained;
    private readonly Histogram<double> _latency;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _answered = meter.CreateCounter<long>("partnerbot.questions.answered", description: "Questions answered with citations.");
        _abstained = meter.CreateCounter<long>("partnerbot.questions.abstained", description: "Questions the articles do not answer.");
        _latency = meter.CreateHistogram<double>("partnerbot.answer.latency", unit: "ms", description: "Time to answer a question.");
    }

    public void Asked(string platform, bool abstained, double milliseconds)
    {
        var tag = new KeyValuePair<string, object?>("platform", platform);
        if (abstained) _abstained.Add(1, tag);
        else _answered.Add(1, tag);
        _latency.Record(milliseconds, tag);
    }
}
