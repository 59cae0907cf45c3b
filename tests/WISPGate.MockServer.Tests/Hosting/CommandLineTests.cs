using System.Diagnostics;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>
/// The command-line host, run as the <c>wispgate-mock</c> tool's own build output (WISPGate.MockServer.Tool): starts,
/// prints its URL and the demo token, answers /health, stops on signals, refuses bad flags.
/// </summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task The_host_starts_answers_health_and_stops_cleanly_on_a_signal(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("POSIX signals only.");
        }

        using var host = Start("--port", "0", "--seed", "demo");
        try
        {
            var url = await WaitForUrlAsync(host);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            using var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);
            health.StatusCode.Should().Be(HttpStatusCode.OK);

            using (var kill = Process.Start("kill", [$"-{signal}", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(Patience);
            await host.WaitForExitAsync(timeout.Token);
            host.ExitCode.Should().Be(0);
            (await host.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)).Should().Contain("Stopping.");
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task The_host_prints_its_base_url_and_the_demo_token()
    {
        using var host = Start("--port", "0");
        try
        {
            var lines = new List<string>();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(Patience);
            while (lines.Count < 3 && await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
            }

            lines[0].Should().MatchRegex(@"^WISPGate mock server listening on http://127\.0\.0\.1:\d+$");
            var url = lines[0]["WISPGate mock server listening on ".Length..];
            lines[1].Should().StartWith($"SDK BaseUrl (WispGate:BaseUrl): {url} ", "the value to paste into the SDK's BaseUrl is the root URL");
            lines.Should().NotContain(l => l.Contains("/api/v1 ", StringComparison.Ordinal) || l.EndsWith("/api/v1", StringComparison.Ordinal), "a URL ending in /api/v1 is no BaseUrl");
            lines.Should().Contain(l => l.Contains("wgk_test_demo", StringComparison.Ordinal));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task With_port_0_the_ready_file_receives_the_chosen_url_once_the_server_answers()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("wispgate-ready-").FullName;
        var readyFile = Path.Combine(folder, "mock.url");
        using var host = Start("--port", "0", "--ready-file", readyFile);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Patience);
            while (!File.Exists(readyFile))
            {
                host.HasExited.Should().BeFalse("the host keeps running until the file is written");
                await Task.Delay(50, timeout.Token);
            }

            var url = (await File.ReadAllTextAsync(readyFile, ct)).Trim();
            url.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+$").And.NotEndWith(":0");
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            using var health = await http.GetAsync("/health", ct);
            health.StatusCode.Should().Be(HttpStatusCode.OK);
            (await ToolHost.WaitForUrlAsync(host)).Url.Should().Be(url, "the banner and the file name the same URL");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(ct);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port", "eighty")]
    [InlineData("--port", "70000")]
    [InlineData("--port")]
    [InlineData("--rate-limit", "0")]
    [InlineData("--urls", "ftp://127.0.0.1:21")]
    [InlineData("--seed", "/no/such/seed.json")]
    public async Task Bad_flags_print_usage_and_exit_with_code_2(params string[] args)
    {
        using var host = Start(args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);

        var error = await host.StandardError.ReadToEndAsync(timeout.Token);
        await host.WaitForExitAsync(timeout.Token);

        host.ExitCode.Should().Be(2);
        error.Should().NotBeNullOrWhiteSpace();
        if (args[0] != "--seed")
        {
            error.Should().Contain("Usage:");
        }
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_with_code_0()
    {
        using var host = Start("--help");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);

        var output = await host.StandardOutput.ReadToEndAsync(timeout.Token);
        await host.WaitForExitAsync(timeout.Token);

        host.ExitCode.Should().Be(0);
        output.Should().Contain("Usage: wispgate-mock").And.Contain("--admin-token");
    }

    private static Process Start(params string[] args) => ToolHost.Start(args);

    private static async Task<string> WaitForUrlAsync(Process host) => (await ToolHost.WaitForUrlAsync(host)).Url;
}
