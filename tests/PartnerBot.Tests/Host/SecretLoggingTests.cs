using System.Net.Http.Headers;

namespace PartnerBot.Tests.Host;

public sealed class SecretLoggingTests
{
    [Fact]
    public async Task Logs_AcrossStartRequestsAndStop_NeverContainSecrets()
    {
        const string discord = "discord-secret-MTA5OTk5.abcdef";
        const string teams = "teams-secret-Zx9~password";
        const string admin = "admin-secret-token-0123456789";
        var service = await TestService.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord,
            ["Teams:AppId"] = "00000000-0000-0000-0000-000000000001",
            ["Teams:AppPassword"] = teams,
            ["Admin:Token"] = admin,
        }, urls: "http://0.0.0.0:0");
        var logs = service.Logs;
        try
        {
            (await service.AskAsync("Who founded DeepSeek?")).Dispose();
            (await service.Client.GetAsync("/admin?token=" + admin)).Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            (await service.Client.SendAsync(request)).Dispose();
            (await service.Client.GetAsync("/api/admin?token=wrong-" + admin)).Dispose();
        }
        finally
        {
            await service.DisposeAsync();
        }

        Assert.Contains(logs.Lines, l => l.Contains("Index on", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Application is shutting down", StringComparison.Ordinal));
        foreach (var secret in new[] { discord, teams, admin })
        {
            Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
