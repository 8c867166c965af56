namespace PartnerBot.Web;

/// <summary>RFC 7807 problem results used across the API.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult Loading() =>
        Results.Problem(title: "Still loading", detail: "The index is still loading; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
