using WISPGate.MockServer.Tests.Infrastructure;

namespace WISPGate.MockServer.Tests.Docs;

/// <summary>
/// The reference pages in a real browser (Debian's headless Chromium; <c>.ci/run</c> installs it): the key
/// sections render, every operation page loads without console errors, and screenshots are kept under
/// <c>TestResults/docs-screenshots</c> next to the test binaries.
/// </summary>
public sealed class BrowserDocsTests
{
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "TestResults", "docs-screenshots");

    [Fact]
    public async Task The_landing_page_and_the_create_subscriber_page_render_their_key_sections()
    {
        BrowserTests.SkipWithoutChromium();
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await MockServers.StartAsync();
        await using var browser = await HeadlessChromium.StartAsync(cancellation);

        await browser.NavigateAsync(server.BaseUrl + "/docs", cancellation);
        var landingSections = await browser.EvaluateAsync<string>("[...document.querySelectorAll('main section')].map(s => s.id).join(',')", cancellation);
        var domainCards = await browser.EvaluateAsync<int>("document.querySelectorAll('.card.domain').length", cancellation);
        await browser.ScreenshotAsync(Path.Combine(ScreenshotDirectory, "docs-landing.png"), cancellation);

        landingSections.Split(',').Should().ContainInOrder("quick-start", "basics", "domains", "featured", "journey");
        domainCards.Should().Be(4);
        browser.Errors.Should().BeEmpty();

        await browser.NavigateAsync(server.BaseUrl + "/docs/operations/createSubscriber", cancellation);
        var text = await browser.EvaluateAsync<string>("document.body.textContent", cancellation);
        await browser.ScreenshotAsync(Path.Combine(ScreenshotDirectory, "docs-createSubscriber.png"), cancellation);

        text.Should().Contain("Create a subscriber").And.Contain("Purpose").And.Contain("Used by").And.Contain("Critical note");
        text.Should().Contain("Auth model").And.Contain("Request example").And.Contain("Field behavior");
        text.Should().Contain("Success response example").And.Contain("Request schema").And.Contain("Response schema");
        text.Should().Contain("Common errors").And.Contain("duplicate_subscriber").And.Contain("Related operations");
        browser.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_operation_page_renders_without_console_errors()
    {
        BrowserTests.SkipWithoutChromium();
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server, token: null);
        var document = await api.GetAsync("/api/v1/openapi.json");
        var operationIds = document.Json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.ValueKind == System.Text.Json.JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString()!)
            .ToList();
        await using var browser = await HeadlessChromium.StartAsync(cancellation);

        var problems = new List<string>();
        foreach (var operationId in operationIds)
        {
            await browser.NavigateAsync($"{server.BaseUrl}/docs/operations/{operationId}", cancellation);
            var heading = await browser.EvaluateAsync<string>("document.querySelector('h1')?.innerText ?? ''", cancellation);
            if (string.IsNullOrWhiteSpace(heading))
            {
                problems.Add($"{operationId}: no heading");
            }

            problems.AddRange(browser.Errors.Select(error => $"{operationId}: {error}"));
        }

        await browser.ScreenshotAsync(Path.Combine(ScreenshotDirectory, $"docs-{operationIds[^1]}.png"), cancellation);
        operationIds.Should().HaveCountGreaterThan(80);
        problems.Should().BeEmpty();
    }
}
