using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerBot.Core.Conversation;
using PartnerBot.TestSupport.Teams;

namespace PartnerBot.Teams.Tests;

/// <summary>A minimal web host on 127.0.0.1:0 with AddTeamsBot/MapTeamsBot, pointed at a <see cref="FakeBotConnector"/>.</summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client = new();

    private TeamsTestHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public string MessagesUrl => BaseUrl + "/api/messages";

    /// <param name="fake">The connector the bot talks to.</param>
    /// <param name="bot">The brain.</param>
    /// <param name="devMode">Leave Teams:AppId empty.</param>
    /// <param name="settings">Extra or overriding Teams settings (keys without the "Teams:" prefix).</param>
    /// <param name="time">Clock for the bot (default: system).</param>
    /// <param name="services">Registrations made before AddTeamsBot (e.g. a reference store).</param>
    public static async Task<TeamsTestHost> StartAsync(
        FakeBotConnector fake, IBot bot, bool devMode = false, IDictionary<string, string?>? settings = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var config = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = devMode ? "" : fake.AppId,
            ["Teams:AppPassword"] = devMode ? "" : fake.AppPassword,
            ["Teams:OpenIdMetadataUrl"] = fake.OpenIdMetadataUrl,
            ["Teams:TokenEndpoint"] = fake.TokenEndpoint(),
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config["Teams:" + key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        if (time is not null) builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(bot);
        services?.Invoke(builder.Services);
        builder.Services.AddTeamsBot(builder.Configuration);
        var app = builder.Build();
        app.MapTeamsBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TeamsTestHost(app, address.TrimEnd('/'));
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) => PostRawAsync(activity.ToJsonString(), token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token, string scheme = "Bearer", string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await _client.SendAsync(request);
    }

    /// <summary>Graceful shutdown, as the host does it.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
