using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace PartnerBot.Web;

/// <summary>Reads a small JSON body, turning every client mistake into a problem result instead of an exception.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context, int maxBytes, CancellationToken ct)
        where T : class
    {
        if (context.Request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (!context.Request.HasJsonContentType())
        {
            return (null, Problems.BadRequest("Send a JSON body with Content-Type: application/json."));
        }
        try
        {
            var value = await context.Request.ReadFromJsonAsync<T>(ct).ConfigureAwait(false);
            return value is null ? (null, Problems.BadRequest("The body is empty; send a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest($"The body is not valid JSON: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (BadHttpRequestException e)
        {
            return (null, Problems.BadRequest(e.Message));
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        Results.Problem(title: "Request body too large", detail: $"The API accepts JSON bodies up to {maxBytes} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
