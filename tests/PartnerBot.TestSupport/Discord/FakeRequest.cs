namespace PartnerBot.TestSupport.Discord;

/// <summary>A REST request the fake Discord received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path below <c>/api/v10</c>, e.g. <c>/channels/1/messages</c>.</param>
/// <param name="Authorization">Authorization header, when sent.</param>
/// <param name="UserAgent">User-Agent header.</param>
/// <param name="ContentType">Content-Type header, when a body was sent.</param>
/// <param name="Body">Body text (empty when none).</param>
/// <param name="At">The test clock's time when received (<see cref="FakeDiscord.Clock"/>), else wall time.</param>
/// <param name="Timestamp">Stopwatch timestamp when received (for benchmarks).</param>
/// <param name="Status">Status the fake answered with.</param>
public sealed record FakeRequest(
    string Method,
    string Path,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    string Body,
    DateTimeOffset At,
    long Timestamp,
    int Status);
