using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnerBot.TestSupport.Teams;

/// <summary>
/// A loopback stand-in for the Bot Framework: OpenID metadata and key set (with endorsements), token issuer for
/// inbound activities, client-credentials token endpoint, and the Bot Connector that records what the bot posts.
/// </summary>
/// <remarks>
/// Kestrel on <c>127.0.0.1:0</c>. The service URL carries a region segment (<c>…/amer/</c>) as real ones do.
/// Faults are injected per request with <see cref="EnqueueFault"/>; <see cref="WaitForAsync"/> awaits a recorded
/// activity without sleeping.
/// </remarks>
public sealed partial class FakeBotConnector : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string Scope = "https://api.botframework.com/.default";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly List<RecordedActivity> _activities = [];
    private readonly List<(Func<RecordedActivity, bool> Match, TaskCompletionSource<RecordedActivity> Done)> _waiters = [];
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentDictionary<string, bool> _issuedTokens = new();
    private readonly RSA _unpublishedKey = RSA.Create(2048);
    private RSA _key = RSA.Create(2048);
    private string _kid = NewKid();
    private int _activityCounter;
    private int _tokenRequests;
    private int _metadataRequests;

    private FakeBotConnector(WebApplication app, string appId, string appPassword, TimeProvider time)
    {
        _app = app;
        AppId = appId;
        AppPassword = appPassword;
        _time = time;
    }

    /// <summary>The bot's app id the fake expects in tokens and the token request.</summary>
    public string AppId { get; }

    /// <summary>The client secret the token endpoint accepts.</summary>
    public string AppPassword { get; }

    /// <summary><c>http://127.0.0.1:PORT</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The service URL to put in activities: <c>http://127.0.0.1:PORT/amer/</c>.</summary>
    public string ServiceUrl => BaseUrl + "/amer/";

    public string OpenIdMetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>Token endpoint for <paramref name="tenant"/> (default <c>botframework.com</c>).</summary>
    public string TokenEndpoint(string tenant = "botframework.com") => $"{BaseUrl}/{tenant}/oauth2/v2.0/token";

    /// <summary>Channels the published key is endorsed for (default <c>msteams</c>, <c>emulator</c>).</summary>
    public string[] Endorsements { get; set; } = ["msteams", "emulator"];

    /// <summary>When true (default) the connector requires a bearer token it issued; false for development mode.</summary>
    public bool RequireBearer { get; set; } = true;

    /// <summary>Lifetime reported by the token endpoint.</summary>
    public int TokenExpiresInSeconds { get; set; } = 3600;

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>Every request to the connector, including faulted ones, in arrival order.</summary>
    public IReadOnlyList<RecordedActivity> Activities
    {
        get { lock (_gate) { return _activities.ToList(); } }
    }

    /// <summary>Raised for every recorded activity (benchmarks measure arrival with it).</summary>
    public event Action<RecordedActivity>? ActivityRecorded;

    /// <summary>Starts a fake on a free loopback port.</summary>
    public static async Task<FakeBotConnector> StartAsync(
        string appId = "00000000-0000-0000-0000-0000000000b0", string appPassword = "s3cret~.+=/x", TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeBotConnector(app, appId, appPassword, time ?? TimeProvider.System);
        fake.MapEndpoints(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = address.TrimEnd('/');
        return fake;
    }

    /// <summary>Makes the next matching connector request fail with <paramref name="status"/>.</summary>
    /// <param name="status">HTTP status to answer.</param>
    /// <param name="retryAfter">Raw <c>Retry-After</c> value ("2" or an HTTP date), or null.</param>
    /// <param name="activityType">Only requests posting this activity type are failed (default <c>message</c>, so typing passes).</param>
    /// <param name="errorCode">Teams error code for the body.</param>
    public void EnqueueFault(int status, string? retryAfter = null, string activityType = "message", string errorCode = "Throttled") =>
        _faults.Enqueue(new FakeFault(status, retryAfter, activityType, errorCode));

    /// <summary>Publishes a new signing key (the old one is no longer in the key set).</summary>
    public void RotateKey()
    {
        lock (_gate)
        {
            _key = RSA.Create(2048);
            _kid = NewKid();
        }
    }

    /// <summary>Waits for a recorded activity matching <paramref name="match"/> (already recorded ones count).</summary>
    public Task<RecordedActivity> WaitForAsync(Func<RecordedActivity, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<RecordedActivity>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var existing = _activities.FirstOrDefault(match);
            if (existing is not null) return Task.FromResult(existing);
            _waiters.Add((match, done));
        }
        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _key.Dispose();
        _unpublishedKey.Dispose();
    }

    private static string NewKid() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    private void Record(RecordedActivity activity)
    {
        List<TaskCompletionSource<RecordedActivity>> release = [];
        lock (_gate)
        {
            _activities.Add(activity);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (!_waiters[i].Match(activity)) continue;
                release.Add(_waiters[i].Done);
                _waiters.RemoveAt(i);
            }
        }
        foreach (var done in release) done.TrySetResult(activity);
        ActivityRecorded?.Invoke(activity);
    }

    private sealed record FakeFault(int Status, string? RetryAfter, string ActivityType, string ErrorCode);
}
