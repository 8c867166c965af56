using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PartnerBot.TestSupport.Teams;

public sealed partial class FakeBotConnector
{
    private void MapEndpoints(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            return Results.Json(new JsonObject
            {
                ["issuer"] = BotFrameworkIssuer,
                ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new JsonArray { "private_key_jwt" },
            });
        });
        app.MapGet("/v1/.well-known/keys", () => Results.Json(KeySet()));
        app.MapPost("/{tenant}/oauth2/v2.0/token", IssueTokenAsync);
        app.MapPost("/amer/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => ReceiveAsync(c, conversationId, null));
        app.MapPost("/amer/v3/conversations/{conversationId}/activities/{activityId}",
            (HttpContext c, string conversationId, string activityId) => ReceiveAsync(c, conversationId, activityId));
    }

    private async Task<IResult> IssueTokenAsync(HttpContext context, string tenant)
    {
        Interlocked.Increment(ref _tokenRequests);
        if (!context.Request.HasFormContentType) return Results.BadRequest();
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form["grant_type"] != "client_credentials" || form["scope"] != Scope)
        {
            return Results.Json(new JsonObject { ["error"] = "invalid_request" }, statusCode: 400);
        }
        if (form["client_id"] != AppId || form["client_secret"] != AppPassword)
        {
            return Results.Json(new JsonObject { ["error"] = "invalid_client" }, statusCode: 401);
        }
        var token = "fake-access-" + Guid.NewGuid().ToString("N");
        _issuedTokens[token] = true;
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenExpiresInSeconds,
            ["ext_expires_in"] = TokenExpiresInSeconds,
            ["access_token"] = token,
        });
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, string conversationId, string? activityId)
    {
        var arrived = Stopwatch.GetTimestamp();
        var authorization = context.Request.Headers.Authorization.ToString();
        JsonObject? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null || body["type"] is null) return Results.BadRequest();

        var status = 200;
        FakeFault? fault = null;
        if (RequireBearer && !(authorization.StartsWith("Bearer ", StringComparison.Ordinal) && _issuedTokens.ContainsKey(authorization[7..])))
        {
            status = 401;
        }
        else if (_faults.TryPeek(out var next) && next.ActivityType == body["type"]!.GetValue<string>() && _faults.TryDequeue(out fault))
        {
            status = fault.Status;
        }

        var rawPath = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        Record(new RecordedActivity(conversationId, activityId, rawPath, authorization.Length == 0 ? null : authorization, body, status, arrived));
        if (status == 401) return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "BotNotRegistered" } }, statusCode: 401);
        if (fault is not null)
        {
            if (fault.RetryAfter is not null) context.Response.Headers.RetryAfter = fault.RetryAfter;
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = fault.ErrorCode, ["message"] = "injected" } }, statusCode: fault.Status);
        }
        return Results.Json(new JsonObject { ["id"] = "1:" + Interlocked.Increment(ref _activityCounter) });
    }
}
