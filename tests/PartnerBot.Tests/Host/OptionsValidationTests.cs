using PartnerBot.Hosting;

namespace PartnerBot.Tests.Host;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Bot:TimeZone", "Mars/Olympus_Mons", "Bot:TimeZone is not a known IANA time zone")]
    [InlineData("Bot:MaxQuestionLength", "-1", "Bot:MaxQuestionLength must be a positive")]
    [InlineData("RateLimit:PermitLimit", "-5", "RateLimit:PermitLimit cannot be negative")]
    [InlineData("RateLimit:WindowSeconds", "0", "RateLimit:WindowSeconds must be a positive")]
    [InlineData("Admin:Token", "short", "Admin:Token must be at least 16 characters")]
    [InlineData("Knowledge:CorpusFolder", "/no/such/folder/anywhere", "Knowledge:CorpusFolder (--corpus) does not exist")]
    public async Task Validate_BadSetting_ThrowsOneActionableLine(string key, string value, string expected)
    {
        await using var app = ServiceHost.Build(new HostSettings(Urls: "http://127.0.0.1:0", Overrides: new Dictionary<string, string?> { [key] = value }));
        var error = Assert.Throws<StartupException>(() => ServiceHost.Validate(app));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("localhost:5080")]
    [InlineData("ftp://localhost:21")]
    [InlineData("http://localhost:5080/path")]
    [InlineData("http//oops")]
    public void Build_MalformedUrl_ThrowsNamingTheEntry(string urls)
    {
        var error = Assert.Throws<StartupException>(() => ServiceHost.Build(new HostSettings(Urls: urls)));
        Assert.Contains($"'{urls}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://HOST:PORT", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:0;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://example.org:80", false)]
    public void AllLoopback_Addresses_TellsLoopbackApart(string urls, bool expected) =>
        Assert.Equal(expected, ListenAddresses.AllLoopback(ListenAddresses.Parse(urls)));
}
