using System.Diagnostics;
using WISPGate.MockServer.Tests.Infrastructure;

namespace WISPGate.MockServer.Tests.Docs;

/// <summary>
/// The reference pages as a reader tries them in Chromium: "Try it" sends the page's request example to this server
/// and shows the real answer; it cannot be steered to anything but the API; the landing page's quick start works as
/// shown; every code block has a copy button; the quick-access strip leads somewhere.
/// </summary>
public sealed class TryItBrowserTests
{
    [Fact]
    public async Task Try_it_on_the_create_subscriber_page_creates_a_subscriber_and_shows_the_201()
    {
        BrowserTests.SkipWithoutChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var server = await MockServers.StartAsync();
        await using var browser = await HeadlessChromium.StartAsync(ct);

        await browser.NavigateAsync(server.BaseUrl + "/docs/operations/createSubscriber", ct);
        await browser.Page.ClickAsync("form.try button[type=submit]");
        await browser.Page.WaitForSelectorAsync(".try-status[data-status]");
        var status = await browser.EvaluateAsync<string>("document.querySelector('.try-status').dataset.status", ct);
        var body = await browser.EvaluateAsync<string>("document.querySelector('.try-response').textContent", ct);
        var headers = await browser.EvaluateAsync<string>("document.querySelector('.try-headers').textContent", ct);
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "TestResults", "docs-screenshots", "docs-try-it.png"), ct);

        status.Should().Be("201");
        var created = JsonDocument.Parse(body).RootElement;
        created.GetProperty("data").GetProperty("id").GetString().Should().Be("sub_000184");
        headers.Should().Contain("x-request-id: " + created.GetProperty("meta").GetProperty("request_id").GetString());
        browser.Errors.Should().BeEmpty();
        using var api = new ApiClient(server);
        (await api.GetAsync("/api/v1/subscribers/sub_000184")).DataString("full_name").Should().Be("Jane Doe", "the example really reached this server");
    }

    [Theory]
    [InlineData("../../../__admin/requests")]
    [InlineData("..")]
    [InlineData("%2e%2e%2f%2e%2e%2f__admin%2fmappings")]
    public async Task Try_it_cannot_be_steered_away_from_the_api(string id)
    {
        BrowserTests.SkipWithoutChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var server = await MockServers.StartAsync();
        await using var browser = await HeadlessChromium.StartAsync(ct);
        var requestsBefore = server.WireMock.LogEntries.Count();

        await browser.NavigateAsync(server.BaseUrl + "/docs/operations/getSubscriber", ct);
        // The field comes prefilled with the parameter's example (a demo id): replace it with the attempt.
        await browser.Page.EvaluateExpressionAsync("document.querySelector('input[name=param-id]').value = ''");
        await browser.Page.TypeAsync("input[name=param-id]", id);
        await browser.Page.ClickAsync("form.try button[type=submit]");
        await browser.Page.WaitForFunctionAsync("() => !['', 'Sending…'].includes(document.querySelector('.try-status').textContent)");
        var status = await browser.EvaluateAsync<string>("document.querySelector('.try-status').textContent", ct);

        var sent = server.WireMock.LogEntries.Skip(requestsBefore).Select(e => e.RequestMessage!.Path).Where(p => !p.StartsWith("/docs", StringComparison.Ordinal)).ToList();
        sent.Where(p => !p.StartsWith("/api/v1/subscribers/", StringComparison.Ordinal)).Should().BeEmpty("only the operation's own path is ever requested");
        if (sent.Count > 0)
        {
            status.Should().StartWith("404", "an id with slashes is one segment: an unknown subscriber");
        }
        else
        {
            status.Should().StartWith("Not sent");
        }
    }

    [Fact]
    public async Task Try_it_is_off_with_an_admin_token_unless_asked_for()
    {
        await using var guarded = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = "t0ken" });
        await using var asked = await MockServers.StartAsync(new WispGateMockServerOptions { AdminToken = "t0ken", DocsTryIt = true });
        using var http = new HttpClient();

        var off = await http.GetStringAsync(guarded.BaseUrl + "/docs/operations/createSubscriber", TestContext.Current.CancellationToken);
        var on = await http.GetStringAsync(asked.BaseUrl + "/docs/operations/createSubscriber", TestContext.Current.CancellationToken);

        off.Should().Contain("Try it is off on this server").And.NotContain("<form class=\"try\"");
        on.Should().Contain("<form class=\"try\"");
    }

    [Fact]
    public async Task The_landing_page_quick_start_curl_works_as_shown_and_every_code_block_has_a_copy_button()
    {
        BrowserTests.SkipWithoutChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var server = await MockServers.StartAsync();
        await using var browser = await HeadlessChromium.StartAsync(ct);

        await browser.NavigateAsync(server.BaseUrl + "/docs", ct);
        var curl = await browser.EvaluateAsync<string>("document.querySelector('.quick-curl').innerText", ct);
        var sdk = await browser.EvaluateAsync<string>("document.querySelector('.quick-sdk').innerText", ct);
        var blocksWithoutButton = await browser.EvaluateAsync<int>("[...document.querySelectorAll('pre')].filter(p => !p.querySelector('button.copy')).length", ct);
        var quickAccess = await browser.EvaluateAsync<string[]>("[...document.querySelectorAll('nav.quick-access a')].map(a => a.textContent + '|' + a.getAttribute('href'))", ct);

        curl.Should().StartWith($"curl -s {server.BaseUrl}/api/v1/");
        sdk.Should().Contain($"new Uri(\"{server.BaseUrl}\")");
        var output = await RunAsync(curl, ct);
        var answer = JsonDocument.Parse(output).RootElement;
        answer.GetProperty("success").GetBoolean().Should().BeTrue();
        answer.GetProperty("data").GetArrayLength().Should().Be(2);
        blocksWithoutButton.Should().Be(0);
        quickAccess.Select(e => e.Split('|')[0]).Should().Equal("API Gateway", "Subscribers", "Billing", "Tickets", "Provisioning", "Webhooks");
        foreach (var href in quickAccess.Select(e => e.Split('|')[1]))
        {
            var target = href.StartsWith('#')
                ? await browser.EvaluateAsync<bool>($"document.getElementById('{href[1..]}') !== null", ct)
                : (await new HttpClient().GetAsync(server.BaseUrl + href, ct)).IsSuccessStatusCode;
            target.Should().BeTrue($"{href} leads somewhere");
        }
    }

    private static async Task<string> RunAsync(string command, CancellationToken ct)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, "the quick start's curl runs as shown");
        return output;
    }
}
