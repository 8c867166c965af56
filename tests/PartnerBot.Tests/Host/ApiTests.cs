using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PartnerBot.Tests.Host;

public sealed class ApiTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Ask_CoveredQuestion_ReturnsAnswerWithCitations()
    {
        using var response = await _service.AskAsync("How many brands does Haier have?");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.False(root.GetProperty("abstained").GetBoolean());
        Assert.Equal("answer", root.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("replyId").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("answer").GetString()));
        var citation = root.GetProperty("citations")[0];
        foreach (var field in new[] { "title", "date", "section", "source", "url", "snippet", "highlights", "score" })
        {
            Assert.True(citation.TryGetProperty(field, out _), $"citation lacks {field}");
        }
        var snippet = citation.GetProperty("snippet").GetString()!;
        foreach (var h in citation.GetProperty("highlights").EnumerateArray())
        {
            Assert.InRange(h.GetProperty("start").GetInt32() + h.GetProperty("length").GetInt32(), 1, snippet.Length);
        }
    }

    [Fact]
    public async Task Ask_UncoveredQuestion_AbstainsWithoutCitations()
    {
        using var response = await _service.AskAsync("What is the weather in Hangzhou tomorrow?");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Ask_QuestionWithMarkup_IsAnsweredAsJsonNotHtml()
    {
        using var response = await _service.AskAsync("<script>alert(1)</script> Who founded DeepSeek?");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ask_TooLongQuestion_Returns400ProblemSayingTheLimit()
    {
        using var response = await _service.AskAsync(new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("at most 500 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MalformedJson_Returns400Problem()
    {
        using var content = new StringContent("{\"question\": ", Encoding.UTF8, "application/json");
        using var response = await _service.Client.PostAsync("/api/ask", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ask_OversizedBody_Returns413()
    {
        using var content = new StringContent("{\"question\": \"" + new string('x', 40_000) + "\"}", Encoding.UTF8, "application/json");
        using var response = await _service.Client.PostAsync("/api/ask", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Companies_Prefix_ReturnsMatchingNames()
    {
        var names = await _service.Client.GetFromJsonAsync<string[]>("/api/companies?prefix=Gee");
        Assert.Contains("Geely", names!);
    }

    [Fact]
    public async Task Company_Known_ReturnsReport()
    {
        using var response = await _service.Client.GetAsync("/api/company/Geely");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Geely", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("company", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Company_Unknown_Returns404WithClosestNames()
    {
        using var response = await _service.Client.GetAsync("/api/company/Geelyy");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Geely", json.RootElement.GetProperty("closest").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Fact_Today_ReturnsFactWithCitation()
    {
        using var json = JsonDocument.Parse(await _service.Client.GetStringAsync("/api/fact"));
        Assert.Equal("fact", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Feedback_Down_ShowsInAdminQuestions()
    {
        using var asked = await _service.AskAsync("How many brands does Haier have?");
        var replyId = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("replyId").GetString();
        using var voted = await _service.Client.PostAsJsonAsync("/api/feedback", new { replyId, vote = "down" });
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        using var admin = JsonDocument.Parse(await _service.Client.GetStringAsync("/api/admin"));
        var question = Assert.Single(admin.RootElement.GetProperty("questions").EnumerateArray(), q => q.GetProperty("kind").GetString() == "down");
        Assert.Equal("How many brands does Haier have?", question.GetProperty("question").GetString());
    }

    [Fact]
    public async Task Feedback_BadVote_Returns400()
    {
        using var response = await _service.Client.PostAsJsonAsync("/api/feedback", new { replyId = "x", vote = "sideways" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_Root_ServesHtmlWithContentSecurityPolicy()
    {
        using var response = await _service.Client.GetAsync("/");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("/assets/app.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_RendersTextOnly_NeverInnerHtml()
    {
        var script = await _service.Client.GetStringAsync("/assets/app.js");
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.Contains("createTextNode", script, StringComparison.Ordinal);
    }
}
