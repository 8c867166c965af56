using PartnerBot.Teams.Connector;

namespace PartnerBot.Teams.Tests;

public sealed class OptionsTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000b0";

    [Fact]
    public void Validate_DevModeDefaults_Succeeds()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_AppIdWithoutPassword_NamesTheEnvironmentVariable()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = AppId });

        Assert.True(result.Failed);
        Assert.Contains("Teams__AppPassword", result.FailureMessage);
    }

    [Fact]
    public void Validate_AppIdNotGuid_Fails()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = "my-bot", AppPassword = "x" });

        Assert.True(result.Failed);
        Assert.Contains("GUID", result.FailureMessage);
    }

    [Fact]
    public void Validate_HttpMetadataOnPublicHost_Fails()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { OpenIdMetadataUrl = "http://login.botframework.com/v1/x" });

        Assert.True(result.Failed);
        Assert.Contains("Teams:OpenIdMetadataUrl", result.FailureMessage);
    }

    [Theory]
    [InlineData(null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("2f7b4f0e-1111-2222-3333-444455556666", "https://login.microsoftonline.com/2f7b4f0e-1111-2222-3333-444455556666/oauth2/v2.0/token")]
    public void ResolveTokenEndpoint_FromTenant(string? tenant, string expected)
    {
        Assert.Equal(expected, new TeamsOptions { TenantId = tenant }.ResolveTokenEndpoint());
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://user:pw@smba.trafficmanager.net/", false)]
    [InlineData("http://localhost:3978/", false)]
    public void ServiceUrlPolicy_Defaults(string url, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Microsoft.Extensions.Options.Options.Create(new TeamsOptions { AppId = AppId, AppPassword = "x" }));

        Assert.Equal(allowed, policy.IsAllowed(url));
    }

    [Fact]
    public void ServiceUrlPolicy_DevMode_AllowsLoopback()
    {
        var policy = new ServiceUrlPolicy(Microsoft.Extensions.Options.Options.Create(new TeamsOptions()));

        Assert.True(policy.IsAllowed("http://localhost:56123/"));
        Assert.False(policy.IsAllowed("http://10.0.0.5:56123/"));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer/72f988bf/", "https://smba.trafficmanager.net/amer/72f988bf/v3/conversations/a%3A1/activities")]
    public void BuildUri_KeepsServiceUrlPathAndEscapesIds(string serviceUrl, string expected)
    {
        Assert.Equal(expected, ConnectorClient.BuildUri(serviceUrl, "a:1", null).AbsoluteUri);
    }
}
