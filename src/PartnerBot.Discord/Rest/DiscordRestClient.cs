using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using PartnerBot.Discord.JsonModels;
using Polly;
using Polly.Retry;

namespace PartnerBot.Discord.Rest;

/// <summary>
/// Discord REST: bot auth, User-Agent, JSON bodies, per-bucket and global rate limits, 429 waits,
/// 5xx retries with backoff (Polly), stop after 401, other 4xx reported as <see cref="DiscordRestException"/>.
/// </summary>
internal sealed partial class DiscordRestClient
{
    public const string HttpClientName = "PartnerBot.Discord";
    private const int MaxRateLimitRetries = 5;
    private static readonly ResiliencePropertyKey<string> s_routeKey = new("discord.route");
    private static readonly string s_userAgent = "DiscordBot (https://github.com/partnerbot/partnerbot, 1.0)";

    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly string _token;
    private readonly ILogger _logger;
    private readonly DiscordMetrics _metrics;
    private readonly RestRateLimiter _limiter;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private volatile bool _unauthorized;

    public DiscordRestClient(HttpClient http, DiscordOptions options, TimeProvider time, ILogger logger, DiscordMetrics metrics)
    {
        _http = http;
        _baseUrl = options.ApiBaseUrl.TrimEnd('/');
        _token = options.Token ?? "";
        _logger = logger;
        _metrics = metrics;
        _limiter = new RestRateLimiter(time);
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => (int)r.StatusCode >= 500),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    Log.RestRetry(_logger, args.Context.Properties.GetValue(s_routeKey, "?"), (int?)args.Outcome.Result?.StatusCode, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>True once Discord answered 401; every call then fails fast.</summary>
    public bool Unauthorized => _unauthorized;

    public async Task<T?> SendAsync<T>(DiscordRoute route, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        return bytes is null || bytes.Length == 0 || responseType is null ? null : JsonSerializer.Deserialize(bytes, responseType);
    }

    /// <summary>Sends a request and returns the response body (null for 204).</summary>
    public async Task<byte[]?> SendAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        if (_unauthorized) throw new DiscordUnauthorizedException();
        var bucket = _limiter.GetBucket(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await _limiter.WaitGlobalAsync(route.GlobalExempt, cancellationToken).ConfigureAwait(false);
                await bucket.WaitAsync(cancellationToken).ConfigureAwait(false);
                using var response = await SendWithRetriesAsync(route, body, cancellationToken).ConfigureAwait(false);
                var shared = Learn(route, bucket, response.Headers);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxRateLimitRetries)
                {
                    await HandleRateLimitedAsync(route, bucket, shared, response, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    _unauthorized = true;
                    throw new DiscordUnauthorizedException();
                }
                if (!response.IsSuccessStatusCode)
                {
                    var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                    Log.RestFailed(_logger, route.Key, (int)response.StatusCode, error?.Code, error?.Message);
                    throw new DiscordRestException((int)response.StatusCode, error?.Code, error?.Message, route.Key);
                }
                return response.StatusCode == HttpStatusCode.NoContent
                    ? null
                    : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(s_routeKey, route.Key);
        try
        {
            // A fresh HttpRequestMessage per attempt: a sent request cannot be sent again.
            return await _retry.ExecuteAsync(
                static async (ctx, state) => await state.self._http.SendAsync(state.self.Build(state.route, state.body), ctx.CancellationToken).ConfigureAwait(false),
                context, (self: this, route, body)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task HandleRateLimitedAsync(DiscordRoute route, RateLimitBucket bucket, RateLimitBucket shared, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var global = error?.Global == true || Header(response.Headers, "X-RateLimit-Global") is "true" or "True"
            || Header(response.Headers, "X-RateLimit-Scope") == "global";
        var retryAfter = error?.RetryAfter is { } s
            ? TimeSpan.FromSeconds(s)
            : response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        _metrics.RateLimited(global);
        Log.RateLimited(_logger, route.Key, global ? "global" : Header(response.Headers, "X-RateLimit-Scope") ?? "route", retryAfter);
        if (global) _limiter.BlockGlobal(retryAfter);
        else
        {
            bucket.BlockFor(retryAfter);
            if (!ReferenceEquals(shared, bucket)) shared.BlockFor(retryAfter);
        }
    }

    private RateLimitBucket Learn(DiscordRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        var shared = _limiter.LearnBucket(route, Header(headers, "X-RateLimit-Bucket"), bucket);
        int? remaining = int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null;
        // Reset-After rather than the epoch Reset: it does not depend on our wall clock agreeing with Discord's.
        TimeSpan? resetAfter = double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            ? TimeSpan.FromSeconds(a) : null;
        if (remaining is not null || resetAfter is not null)
        {
            bucket.Update(remaining, resetAfter);
            if (!ReferenceEquals(shared, bucket)) shared.Update(remaining, resetAfter);
        }
        return shared;
    }

    private HttpRequestMessage Build(DiscordRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, _baseUrl + route.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        request.Headers.TryAddWithoutValidation("User-Agent", s_userAgent);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        return request;
    }

    private static async Task<JsonRestError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.JsonRestError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
