using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PartnerBot.Tests.Host;

/// <summary>The chat page in Debian's Chromium, driven by Playwright, against the real service on 127.0.0.1:0.</summary>
public sealed class BrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] s_args =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private TestService _service = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        // CI installs chromium; a missing browser is a failure, not a skip.
        Assert.True(File.Exists(ChromiumPath), $"Chromium not found at {ChromiumPath}: install it (apt-get install chromium) — .ci/run does.");
        _service = await TestService.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = s_args });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_service is not null) await _service.DisposeAsync();
    }

    [Fact]
    public async Task ChatPage_AskQuestion_ShowsCitedAnswerWithHighlights()
    {
        var page = await OpenAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync("How many brands does Haier have?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }).ClickAsync();

        var answer = page.Locator("#answer");
        await Assertions.Expect(answer.Locator("ol.citations li").First).ToBeVisibleAsync();
        await Assertions.Expect(answer.Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(answer.Locator("p.answer")).Not.ToHaveClassAsync("answer not-covered");
        await ScreenshotAsync(page, "chat-answer.png");
    }

    [Fact]
    public async Task ChatPage_CompanyAutocomplete_OffersNamesAndShowsReport()
    {
        var page = await OpenAsync();
        var company = page.GetByLabel("Company name");
        await company.PressSequentiallyAsync("Gee");
        await Assertions.Expect(page.Locator("#company-names option[value='Geely']")).ToHaveCountAsync(1);
        await company.FillAsync("Geely");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await Assertions.Expect(page.Locator("#company-result h3")).ToHaveTextAsync("Geely");
        await ScreenshotAsync(page, "chat-company.png");
    }

    [Fact]
    public async Task ChatPage_UnanswerableQuestion_ShowsCleanNotCoveredMessage()
    {
        var page = await OpenAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true }).FillAsync("What is the weather in Hangzhou tomorrow?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }).ClickAsync();

        var message = page.Locator("#answer p.not-covered");
        await Assertions.Expect(message).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#answer ol.citations")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#answer .error")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "chat-not-covered.png");
    }

    [Fact]
    public async Task ChatPage_MarkupInInput_IsShownAsTextNotRun()
    {
        var page = await OpenAsync();
        const string name = "<img src=x onerror=\"window.injected=1\">";
        await page.GetByLabel("Company name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();

        var result = page.Locator("#company-result");
        await Assertions.Expect(result).ToContainTextAsync(name);
        Assert.Equal(0, await result.Locator("img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.injected"));
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1100 } });
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(_service.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#fact p.answer")).ToBeVisibleAsync();
        return page;
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
