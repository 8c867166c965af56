using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerBot.Hosting;
using PartnerBot.Knowledge;
using PartnerBot.TestSupport;

namespace PartnerBot.Tests.Host;

/// <summary>The real service on a real Kestrel port (127.0.0.1:0), over the repository seeds and an in-memory index.</summary>
internal sealed class TestService : IAsyncDisposable
{
    private TestService(WebApplication app, HttpClient client, CapturedLogs logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    public ReloadingKnowledgeSource Knowledge => App.Services.GetRequiredService<ReloadingKnowledgeSource>();

    /// <summary>Starts the service and (unless <paramref name="waitForIndex"/> is false) waits until the index is in.</summary>
    public static async Task<TestService> StartAsync(
        IDictionary<string, string?>? config = null,
        Action<IServiceCollection>? services = null,
        bool waitForIndex = true,
        string urls = "http://127.0.0.1:0")
    {
        var values = new Dictionary<string, string?>
        {
            ["Knowledge:CorpusFolder"] = RepoPaths.Seeds,
            ["Knowledge:ConfigFolder"] = RepoPaths.Config,
            ["Knowledge:DataFolder"] = ":memory:",
            ["Knowledge:Watch"] = "false",
            ["RateLimit:PermitLimit"] = "0",
        };
        foreach (var (key, value) in config ?? new Dictionary<string, string?>()) values[key] = value;
        var logs = new CapturedLogs();
        var app = ServiceHost.Build(new HostSettings(Urls: urls, Overrides: values), builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        });
        ServiceHost.Validate(app);
        await app.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var address = app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        var client = new HttpClient { BaseAddress = new Uri(address) };
        var service = new TestService(app, client, logs);
        if (waitForIndex) await service.Knowledge.WhenLoaded.WaitAsync(TimeSpan.FromSeconds(60));
        return service;
    }

    public Task<HttpResponseMessage> AskAsync(string question) => Client.PostAsJsonAsync("/api/ask", new { question });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await App.DisposeAsync();
    }
}
