namespace PartnerBot.Hosting;

/// <summary>What the command line (or a test) gives the host on top of its configuration files.</summary>
/// <param name="CorpusFolder"><c>--corpus</c>, or null.</param>
/// <param name="DataFolder"><c>--data</c>, or null.</param>
/// <param name="Urls"><c>--urls</c>, or null.</param>
/// <param name="Overrides">Configuration values applied last (tests).</param>
public sealed record HostSettings(
    string? CorpusFolder = null,
    string? DataFolder = null,
    string? Urls = null,
    IReadOnlyDictionary<string, string?>? Overrides = null);
