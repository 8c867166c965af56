namespace PartnerBot.TestSupport.Discord;

/// <summary>A scripted failure for the next matching REST request(s).</summary>
/// <param name="Status">429, 500, 401, …</param>
/// <param name="RetryAfter">For 429: seconds in <c>retry_after</c>.</param>
/// <param name="Global">For 429: the global limit (<c>global: true</c>, <c>X-RateLimit-Global</c>).</param>
/// <param name="Times">How many requests fail.</param>
public sealed record FakeFault(int Status, double RetryAfter = 1, bool Global = false, int Times = 1)
{
    public static FakeFault RateLimited(double retryAfter, bool global = false) => new(429, retryAfter, global);

    public static FakeFault ServerError(int times = 1) => new(500, Times: times);

    public static FakeFault Unauthorized() => new(401, Times: int.MaxValue);
}
