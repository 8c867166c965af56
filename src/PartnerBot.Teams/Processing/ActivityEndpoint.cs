using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerBot.Teams.Auth;
using PartnerBot.Teams.Cards;
using PartnerBot.Teams.Connector;
using PartnerBot.Teams.Schema;

namespace PartnerBot.Teams.Processing;

/// <summary>Handles <c>POST /api/messages</c>: checks, acknowledges fast, and queues the slow work.</summary>
/// <remarks>
/// Order (as the protocol notes ask): size (413), token (401), body (400), endorsement and <c>serviceurl</c>
/// claim (401), service-URL allow list (403). Nothing is acted on before every check passes. Messages and
/// install events are queued and answered 200 at once (Teams gives up after 15 s); the company-search invoke is
/// answered synchronously (5 s); other invokes get 501.
/// </remarks>
internal sealed class ActivityEndpoint(
    InboundAuthenticator authenticator,
    ServiceUrlPolicy policy,
    ActivityQueue queue,
    CompanySearchResponder companySearch,
    IOptions<TeamsOptions> options,
    TeamsMetrics metrics,
    TeamsStatus status,
    TimeProvider timeProvider,
    ILogger<ActivityEndpoint> logger)
{
    private readonly TeamsOptions _options = options.Value;
    private readonly DuplicateFilter _duplicates = new(options.Value.DuplicateWindow);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;

        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null) return Refuse(context, StatusCodes.Status413PayloadTooLarge, $"body larger than {_options.MaxRequestBytes} bytes");

        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (auth.Identity is null) return Unauthorized(context, auth.Failure!);

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            activity = null;
        }
        var malformed = Malformed(activity);
        if (malformed is not null) return Refuse(context, StatusCodes.Status400BadRequest, malformed);

        var mismatch = InboundAuthenticator.CheckActivity(auth.Identity, activity!);
        if (mismatch is not null) return Unauthorized(context, mismatch);
        if (!policy.IsAllowed(activity!.ServiceUrl))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "service URL host is not in Teams:AllowedServiceUrlHosts");
        }

        metrics.ActivityReceived(activity.Type);
        status.ActivityReceived(timeProvider.GetUtcNow());
        switch (activity.Type)
        {
            case "invoke":
                if (activity.Name == CompanySearchResponder.InvokeName)
                {
                    var result = await companySearch.RespondAsync(activity, cancellationToken).ConfigureAwait(false);
                    return Results.Text(result.ToJsonString(), "application/json", statusCode: StatusCodes.Status200OK);
                }
                Log.UnsupportedInvoke(logger, activity.Name);
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            case "message" or "conversationUpdate" or "installationUpdate":
                return Enqueue(activity);
            default:
                return Results.Ok();
        }
    }

    private IResult Enqueue(Activity activity)
    {
        var key = string.IsNullOrEmpty(activity.Id) ? null : activity.Conversation!.Id + "|" + activity.Type + "|" + activity.Id;
        if (key is not null && !_duplicates.TryAdd(key))
        {
            metrics.Duplicate();
            Log.Duplicate(logger, activity.Id!);
            return Results.Ok();
        }
        if (!queue.TryEnqueue(activity))
        {
            if (key is not null) _duplicates.Remove(key);
            Log.QueueFull(logger, _options.QueueCapacity, activity.Id);
            status.Error(timeProvider.GetUtcNow(), "Teams queue full or shutting down");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok();
    }

    private static string? Malformed(Activity? activity)
    {
        if (activity is null) return "body is not a JSON activity";
        if (string.IsNullOrWhiteSpace(activity.Type)) return "activity has no type";
        if (activity.Type is "message" or "conversationUpdate" or "installationUpdate" or "invoke"
            && (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)))
        {
            return "activity has no serviceUrl or conversation id";
        }
        return null;
    }

    private IResult Unauthorized(HttpContext context, string reason)
    {
        metrics.AuthFailed();
        status.AuthFailed();
        return Refuse(context, StatusCodes.Status401Unauthorized, reason);
    }

    private IResult Refuse(HttpContext context, int statusCode, string reason)
    {
        Log.Refused(logger, context.Connection.RemoteIpAddress?.ToString(), statusCode, reason);
        return Results.StatusCode(statusCode);
    }

    /// <summary>The body, or null when it is larger than the limit (checked before reading it all).</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var max = _options.MaxRequestBytes;
        if (request.ContentLength > max) return null;
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
