using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnerBot.Teams.Connector;

/// <summary>Posts activities to the Bot Connector (<c>{serviceUrl}v3/conversations/{id}/activities[/{replyToId}]</c>).</summary>
/// <remarks>
/// Only service URLs allowed by <see cref="ServiceUrlPolicy"/> are called. 429, 412, 502, 503 and 504 are retried,
/// honouring <c>Retry-After</c> (seconds or HTTP date) or else backing off 1 s, 2 s, 4 s…; waits go through the
/// injected <see cref="TimeProvider"/>. Other failures are not retried (see the Teams status-code table).
/// </remarks>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    BotTokenProvider tokens,
    ServiceUrlPolicy policy,
    IOptions<TeamsOptions> options,
    TimeProvider timeProvider,
    TeamsMetrics metrics,
    TeamsStatus status,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "PartnerBot.Teams.Connector";

    private readonly TeamsOptions _options = options.Value;

    /// <summary>Posts an activity; returns the id the connector gave it, when any.</summary>
    /// <remarks>Pass <c>retry: false</c> for best-effort activities (typing) that are not worth waiting for.</remarks>
    public async Task<string?> SendAsync(
        string serviceUrl, string conversationId, string? replyToId, JsonObject activity, bool retry, CancellationToken cancellationToken)
    {
        var uri = BuildUri(serviceUrl, conversationId, replyToId);
        if (!policy.IsAllowed(uri))
        {
            throw new TeamsDeliveryException($"Refusing to call {uri.Host}: it is not in Teams:AllowedServiceUrlHosts.");
        }
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        var client = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                metrics.ReplySent();
                status.ReplySent();
                return await ReadIdAsync(response, cancellationToken).ConfigureAwait(false);
            }

            var code = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests) metrics.Throttled();
            if (response.StatusCode == HttpStatusCode.Unauthorized) tokens.Invalidate();
            var delay = retry && attempt < _options.MaxRetries && IsTransient(response.StatusCode)
                ? RetryDelay(response, attempt)
                : (TimeSpan?)null;
            if (delay is { } wait && wait <= _options.MaxRetryAfter)
            {
                metrics.Retried(code);
                Log.OutboundRetry(logger, code, attempt + 1, wait);
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var errorCode = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            var correlation = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
            Log.OutboundFailed(logger, code, errorCode, correlation);
            status.SendFailed(timeProvider.GetUtcNow(), $"Bot Connector answered {code} {errorCode}".TrimEnd());
            throw new TeamsDeliveryException($"The Bot Connector answered {code} {errorCode}".TrimEnd() + ".", response.StatusCode, errorCode);
        }
    }

    /// <summary>Joins the service URL and path as the SDK does: a trailing slash kept (so region/tenant segments survive) and ids escaped.</summary>
    public static Uri BuildUri(string serviceUrl, string conversationId, string? replyToId)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(replyToId)) path += "/" + Uri.EscapeDataString(replyToId);
        return new Uri(new Uri(baseUrl, UriKind.Absolute), path);
    }

    private static bool IsTransient(HttpStatusCode code) => code is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return TimeSpan.FromSeconds(Math.Pow(2, attempt));
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
