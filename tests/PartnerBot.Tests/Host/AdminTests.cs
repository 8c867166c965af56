using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PartnerBot.Tests.Host;

public sealed class AdminTests
{
    private const string Token = "admin-token-0123456789";

    [Fact]
    public async Task Admin_LoopbackOnly_IsOpenWithoutToken()
    {
        await using var service = await TestService.StartAsync(new Dictionary<string, string?> { ["Admin:Token"] = Token });
        using var response = await service.Client.GetAsync("/api/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("index");
        Assert.Equal(5, index.GetProperty("articles").GetInt32());
        Assert.True(index.GetProperty("terms").GetInt32() > 0);
        using var page = await service.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Admin_BeyondLoopback_RequiresToken()
    {
        await using var service = await TestService.StartAsync(new Dictionary<string, string?> { ["Admin:Token"] = Token }, urls: "http://0.0.0.0:0");

        using (var none = await service.Client.GetAsync("/api/admin")) Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/admin"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-at-all");
            using var response = await service.Client.SendAsync(wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using (var right = new HttpRequestMessage(HttpMethod.Get, "/api/admin"))
        {
            right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var response = await service.Client.SendAsync(right);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using (var page = await service.Client.GetAsync("/admin")) Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        using (var page = await service.Client.GetAsync("/admin?token=" + Token)) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Admin_BeyondLoopbackWithoutToken_IsClosed()
    {
        await using var service = await TestService.StartAsync(urls: "http://0.0.0.0:0");
        using var response = await service.Client.GetAsync("/api/admin");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Admin__Token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
