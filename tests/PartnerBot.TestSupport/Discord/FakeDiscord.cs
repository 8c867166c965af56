using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnerBot.TestSupport.Discord;

/// <summary>
/// A fake Discord on 127.0.0.1:0: <c>GET /gateway/bot</c>, the gateway WebSocket (<c>/gw</c> and the resume URL
/// <c>/gw-resume</c>) and the REST routes the bot uses. Records everything; faults are scriptable.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const int MessageContentIntent = 1 << 15;
    public const int KnownIntents = (1 << 0) | (1 << 1) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 12) | MessageContentIntent;

    private readonly WebApplication _app;
    private readonly List<(string Method, string PathContains, FakeFault Fault, int Left)> _faults = [];
    private readonly Dictionary<string, FakeSession> _sessions = [];
    private int _connections;
    private long _ids = 900_000_000_000_000_000;

    private FakeDiscord(WebApplication app) => _app = app;

    public string Token { get; set; } = "fake-token";
    public string ApplicationId { get; set; } = "100000000000000001";
    public string BotUserId { get; set; } = "200000000000000002";
    public int Shards { get; set; } = 1;
    public int MaxConcurrency { get; set; } = 1;
    public int HeartbeatIntervalMs { get; set; } = 45_000;
    public bool AutoAck { get; set; } = true;
    public bool AutoReady { get; set; } = true;
    public bool SendHelloOnConnect { get; set; } = true;

    /// <summary><c>X-RateLimit-Remaining</c> on create-message responses (bucket "messages", keyed per channel).</summary>
    public int MessageBucketRemaining { get; set; } = 4;

    /// <summary><c>X-RateLimit-Reset-After</c> (seconds) on create-message responses.</summary>
    public double MessageBucketResetAfter { get; set; } = 1;

    /// <summary>Whether the privileged Message Content intent is "enabled in the portal" (else Identify with it → 4014).</summary>
    public bool MessageContentEnabled { get; set; }

    /// <summary>The client's clock, used to time-stamp requests.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Base URL to configure as <c>Discord:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:1234</c>.</summary>
    public Uri Root { get; private set; } = null!;

    public Signals<FakeRequest> Requests { get; } = new();

    public Signals<FakeGatewayConnection> Connections { get; } = new();

    /// <summary>Registered commands by scope: "global" or the guild id.</summary>
    public Dictionary<string, JsonArray> Commands { get; } = [];

    /// <summary>
    /// Whether REST requests are kept in <see cref="Requests"/> (default). Benchmarks that send thousands turn it off and
    /// listen to <see cref="RequestArrived"/> instead, so the fake's growing heap does not show up as GC time.
    /// </summary>
    public bool KeepRequests { get; set; } = true;

    /// <summary>Raised for every REST request as it arrives (before answering).</summary>
    public event Action<FakeRequest>? RequestArrived;

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gw", fake.GatewayAsync);
        app.Map("/gw-resume", fake.GatewayAsync);
        app.Map("/api/v10/{**path}", fake.RestAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Root = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        fake.ApiBaseUrl = new Uri(fake.Root, "/api/v10");
        return fake;
    }

    /// <summary>The next <paramref name="fault"/>.Times requests whose method matches and path contains <paramref name="pathContains"/> fail.</summary>
    public void Fail(string method, string pathContains, FakeFault fault)
    {
        lock (_faults) { _faults.Add((method, pathContains, fault, fault.Times)); }
    }

    public Task<FakeGatewayConnection> WaitForConnectionAsync(int index) => Connections.WaitAsync(c => c.Index == index);

    public Task<FakeRequest> WaitForRequestAsync(string method, string pathContains, int occurrence = 1) =>
        Requests.WaitAsync(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal), occurrence);

    public IReadOnlyList<FakeRequest> RequestsTo(string method, string pathContains) =>
        Requests.Snapshot().Where(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal)).ToList();

    public string NextId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal FakeSession NewSession()
    {
        var session = new FakeSession("session-" + NextId());
        lock (_sessions) { _sessions[session.Id] = session; }
        return session;
    }

    internal FakeSession? FindSession(string? id)
    {
        lock (_sessions) { return id is not null && _sessions.TryGetValue(id, out var s) ? s : null; }
    }

    internal JsonObject ReadyPayload(FakeSession session) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "PartnerBot", ["bot"] = true },
        ["guilds"] = new JsonArray(),
        ["session_id"] = session.Id,
        ["resume_gateway_url"] = new Uri(Root, "/gw-resume").ToString().Replace("http://", "ws://", StringComparison.Ordinal),
        ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
    };

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new FakeGatewayConnection(this, socket, context, Interlocked.Increment(ref _connections) - 1);
        if (context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            Connections.Add(connection);
            await connection.CloseAsync(context.Request.Query["v"] != "10" ? 4012 : 4002, "Bad query").ConfigureAwait(false);
            return;
        }
        Connections.Add(connection);
        await connection.RunAsync().ConfigureAwait(false);
    }

    private async Task RestAsync(HttpContext context)
    {
        var request = context.Request;
        var path = "/" + (string?)context.Request.RouteValues["path"];
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8)) body = await reader.ReadToEndAsync().ConfigureAwait(false);
        var fault = TakeFault(request.Method, path);
        var (status, json, headers) = fault is not null ? FaultResponse(fault) : Route(request.Method, path, request.Headers.Authorization.ToString(), body);
        var record = new FakeRequest(request.Method, path, request.Headers.Authorization.FirstOrDefault(), request.Headers.UserAgent.FirstOrDefault(),
            request.ContentType, body, Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow, Stopwatch.GetTimestamp(), status);
        RequestArrived?.Invoke(record);
        if (KeepRequests) Requests.Add(record);
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers) context.Response.Headers[name] = value;
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json.ToJsonString()).ConfigureAwait(false);
        }
    }

    private FakeFault? TakeFault(string method, string path)
    {
        lock (_faults)
        {
            var i = _faults.FindIndex(f => f.Method == method && path.Contains(f.PathContains, StringComparison.Ordinal) && f.Left > 0);
            if (i < 0) return null;
            var f = _faults[i];
            _faults[i] = f with { Left = f.Left - 1 };
            return f.Fault;
        }
    }

    private static (int, JsonNode?, Dictionary<string, string>) FaultResponse(FakeFault fault)
    {
        var headers = new Dictionary<string, string>();
        if (fault.Status != 429) return (fault.Status, new JsonObject { ["code"] = 0, ["message"] = "fault " + fault.Status }, headers);
        headers["Retry-After"] = Math.Ceiling(fault.RetryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = fault.Global ? "global" : "user";
        if (fault.Global) headers["X-RateLimit-Global"] = "true";
        else
        {
            headers["X-RateLimit-Limit"] = "5";
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = fault.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers["X-RateLimit-Bucket"] = "fakebucket";
        }
        return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = fault.RetryAfter, ["global"] = fault.Global }, headers);
    }
}
