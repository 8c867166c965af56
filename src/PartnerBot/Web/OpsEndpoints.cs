using PartnerBot.Knowledge;
using PartnerBot.Metrics;
using PartnerBot.Platforms;

namespace PartnerBot.Web;

/// <summary><c>/health</c> (alive), <c>/ready</c> (index loaded; platform states) and <c>/metrics</c> (Prometheus text).</summary>
internal static class OpsEndpoints
{
    public static void MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapGet("/ready", (ReloadingKnowledgeSource knowledge, IEnumerable<IPlatformStatus> platforms) =>
        {
            var state = knowledge.State;
            var body = new
            {
                status = state.Loaded ? "ready" : "loading",
                index = new { loaded = state.Loaded, articles = state.Index?.Articles, passages = state.Index?.Passages, lastError = state.LastError },
                platforms = Platforms(platforms),
            };
            return Results.Json(body, statusCode: state.Loaded ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/metrics", (MetricsCollector metrics) => Results.Text(PrometheusText.Write(metrics.Collect()), PrometheusText.ContentType));
    }

    public static IEnumerable<object> Platforms(IEnumerable<IPlatformStatus> platforms) =>
        platforms.Select(p => (p.Platform, Snapshot: p.Snapshot()))
            .Select(p => new { platform = p.Platform, state = p.Snapshot.State, connected = p.Snapshot.Connected, detail = p.Snapshot.Detail })
            .ToList();
}
