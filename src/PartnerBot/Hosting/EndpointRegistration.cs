using PartnerBot.Metrics;
using PartnerBot.Web;

namespace PartnerBot.Hosting;

/// <summary>The request pipeline and the endpoints, grouped by area.</summary>
public static class EndpointRegistration
{
    public static WebApplication UsePartnerBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Listen from the start: measurements made before the first scrape would otherwise be lost.
        app.Services.GetRequiredService<MetricsCollector>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRateLimiter();
        app.MapPages();
        app.MapChatApi();
        app.MapAdmin();
        app.MapOperations();
        return app;
    }
}
