using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using WISPGate.MockServer;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// The packages outside the solution: all four are packed (from the build the test run already made) into a temporary
/// folder under a version unique to this run; the mock server is installed from there as a .NET tool and run, and
/// throwaway console projects restore the SDK (calling the in-process mock server) and the mock server library (starting
/// it in process) from there. Slow (restores and builds), so it is all in this one class; every process it starts is
/// killed and every folder removed.
/// </summary>
public sealed partial class PackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private string Root => packages.Root;

    private string Version => packages.Version;

    private string PackageFolder => packages.Folder;

    [Theory]
    [InlineData("WISPGate.Sdk")]
    [InlineData("WISPGate.Sdk.AspNetCore")]
    [InlineData("WISPGate.MockServer")]
    [InlineData("WISPGate.MockServer.Tool")]
    [InlineData("WISPGate.MockServer.Xunit")]
    public void Every_package_carries_readme_license_description_tags_repository_and_symbols(string id)
    {
        File.Exists(Path.Combine(PackageFolder, $"{id}.{Version}.snupkg")).Should().BeTrue($"{id} ships a symbols package");
        using var package = ZipFile.OpenRead(Path.Combine(PackageFolder, $"{id}.{Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain("README.md");

        using var reader = new StreamReader(package.GetEntry($"{id}.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();
        nuspec.Should().Contain("<license type=\"expression\">MIT</license>")
            .And.Contain("<readme>README.md</readme>")
            .And.Contain("<description>")
            .And.Contain("<tags>wispgate")
            .And.Contain("<repository type=\"git\" url=\"https://github.com/");
        nuspec.Should().NotContain("PublicApiAnalyzers", "the public API baseline is checked at build time, not a dependency of the packages");
        entries.Should().NotContain(e => e.Contains("PublicAPI.", StringComparison.Ordinal), "the baseline files are not packed");

        if (id.EndsWith(".Tool", StringComparison.Ordinal))
        {
            nuspec.Should().Contain("<packageType name=\"DotnetTool\" />");
            entries.Should().Contain("tools/net10.0/any/wispgate-mock.dll").And.Contain("tools/net10.0/any/DotnetToolSettings.xml");
        }
        else
        {
            entries.Should().Contain($"lib/net10.0/{id}.dll").And.Contain($"lib/net10.0/{id}.xml", "XML docs are packed");
            entries.Should().NotContain(e => e.StartsWith("tools/", StringComparison.Ordinal), "a library package is not a tool");
        }
    }

    [Fact]
    public async Task The_mock_server_tool_installs_as_a_dotnet_tool_and_serves_the_api()
    {
        var ct = TestContext.Current.CancellationToken;
        var toolPath = Path.Combine(Root, "tools");
        var install = await RunAsync(
            "dotnet",
            ["tool", "install", "--tool-path", toolPath, "--add-source", PackageFolder, "WISPGate.MockServer.Tool", "--version", Version],
            Root,
            TimeSpan.FromMinutes(3));
        install.ExitCode.Should().Be(0, install.Output);

        var start = new ProcessStartInfo(Path.Combine(toolPath, "wispgate-mock")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        var (process, listening) = StartListening(start);
        try
        {
            var baseUrl = await listening.WaitAsync(TimeSpan.FromMinutes(1), ct);
            using var http = new HttpClient { BaseAddress = baseUrl };

            var health = await http.GetAsync(new Uri("/health", UriKind.Relative), ct);
            health.StatusCode.Should().Be(HttpStatusCode.OK);
            (await health.Content.ReadAsStringAsync(ct)).Should().Contain("\"ok\"");

            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/subscribers?limit=1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wgk_test_demo");
            var subscribers = await http.SendAsync(request, ct);
            subscribers.StatusCode.Should().Be(HttpStatusCode.OK);
            (await subscribers.Content.ReadAsStringAsync(ct)).Should().Contain("\"sub_");
        }
        finally
        {
            Stop(process);
            process.Dispose();
        }
    }

    /// <summary>Starts a mock server process and completes with its base URL once it prints its listening line.</summary>
    private static (Process Process, Task<Uri> Listening) StartListening(ProcessStartInfo start)
    {
        var process = Process.Start(start)!;
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"wispgate-mock exited before listening:\n{output}"));
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, listening.Task);
    }

    [Fact]
    public async Task A_console_project_outside_the_solution_restores_the_packed_sdk_and_calls_the_api()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WispGateMockServer.StartAsync(cancellationToken: ct);

        var project = await WriteConsumerAsync("sdk-consumer", "WISPGate.Sdk", """
            using WISPGate.Sdk;
            using WISPGate.Sdk.Subscribers;

            using var client = WispGateClient.Create(new WispGateClientOptions { BaseUrl = new Uri(args[0]), ApiToken = args[1] });
            var page = await client.Subscribers.ListAsync(new SubscriberListOptions { Limit = 2 });
            Console.WriteLine($"listed {page.Items.Count} subscribers, first {page.Items[0].Id} ({page.RequestId})");
            """);

        var run = await RunAsync(
            "dotnet",
            ["run", "--project", project, "--", server.BaseUrl, server.DemoTokens.ReadWrite],
            Path.GetDirectoryName(project)!,
            TimeSpan.FromMinutes(5));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().MatchRegex(@"listed 2 subscribers, first sub_\w+ \(req_\w+\)");
    }

    [Fact]
    public async Task A_project_outside_the_solution_restores_the_packed_webhook_endpoint_and_it_verifies_a_delivery()
    {
        // The package brings the ASP.NET Core shared framework (a frameworkReference) and WISPGate.Sdk: a plain console
        // project needs nothing else.
        var project = await WriteConsumerAsync("aspnetcore-consumer", "WISPGate.Sdk.AspNetCore", """
            using System.Text;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using WISPGate.Sdk.AspNetCore;
            using WISPGate.Sdk.Webhooks;

            const string secret = "whsec_packed_consumer";
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddWispGateWebhooks(o => o.SigningSecrets.Add(secret));
            var app = builder.Build();
            var handled = 0;
            app.MapWispGateWebhooks("/webhooks/wispgate", h => h.OnPing((_, _) => { handled++; return Task.CompletedTask; }));
            await app.StartAsync();

            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            const string body = "{\"id\":\"evt_packed\",\"type\":\"ping\",\"created_at\":\"2026-12-03T09:00:00Z\",\"tenant_id\":\"tenant_demo_001\",\"data\":{\"object\":{}}}";
            async Task<int> Deliver(string signature)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/wispgate") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add(WebhookSignature.HeaderName, signature);
                using var response = await http.SendAsync(request);
                return (int)response.StatusCode;
            }

            var signed = await Deliver(WebhookSignature.ComputeHeader(body, DateTimeOffset.UtcNow, secret));
            var forged = await Deliver(WebhookSignature.ComputeHeader(body, DateTimeOffset.UtcNow, "whsec_other"));
            Console.WriteLine($"signed {signed}, forged {forged}, handled {handled}");
            await app.StopAsync();
            """);

        var run = await RunAsync("dotnet", ["run", "--project", project], Path.GetDirectoryName(project)!, TimeSpan.FromMinutes(5));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("signed 200, forged 400, handled 1");
    }

    [Fact]
    public async Task A_console_project_outside_the_solution_restores_the_packed_mock_server_library_and_starts_it_in_process()
    {
        var project = await WriteConsumerAsync("mock-server-consumer", "WISPGate.MockServer", """
            using WISPGate.MockServer;

            await using var server = await WispGateMockServer.StartAsync(new WispGateMockServerOptions { Port = 0 });
            using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            var health = await http.GetStringAsync(new Uri("/health", UriKind.Relative));
            http.DefaultRequestHeaders.Authorization = new("Bearer", server.DemoTokens.ReadWrite);
            using var subscribers = await http.GetAsync(new Uri("/api/v1/subscribers?limit=1", UriKind.Relative));
            Console.WriteLine($"in process at {server.BaseUrl}: health {health}, subscribers {(int)subscribers.StatusCode}");
            """);

        var run = await RunAsync("dotnet", ["run", "--project", project], Path.GetDirectoryName(project)!, TimeSpan.FromMinutes(5));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().MatchRegex("""in process at http://127\.0\.0\.1:\d+: health \{"status":"ok"\}, subscribers 200""");
    }

    [Fact]
    public async Task With_the_documented_prune_line_the_packed_mock_server_brings_no_Humanizer_locale_packages_and_still_runs()
    {
        // README "Install": WireMock.Net (WireMock.Net.Shared → Handlebars.Net.Helpers.Humanizer) depends on the Humanizer
        // metapackage and its ~50 locale packages; the mock server itself needs only Humanizer.Core (JsonSchema.Net).
        var project = await WriteConsumerAsync(
            "mock-server-closure",
            "WISPGate.MockServer",
            """
            using WISPGate.MockServer;

            await using var server = await WispGateMockServer.StartAsync(new WispGateMockServerOptions { Port = 0 });
            using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            Console.WriteLine($"health {await http.GetStringAsync(new Uri("/health", UriKind.Relative))}");
            """,
            """<PrunePackageReference Include="Humanizer" Version="3.0.1" />""");
        var directory = Path.GetDirectoryName(project)!;

        var restore = await RunAsync("dotnet", ["restore", project], directory, TimeSpan.FromMinutes(5));
        restore.ExitCode.Should().Be(0, restore.Output);
        var closure = await RunAsync("dotnet", ["list", project, "package", "--include-transitive"], directory, TimeSpan.FromMinutes(2));
        closure.ExitCode.Should().Be(0, closure.Output);
        var humanizer = HumanizerPackage().Matches(closure.Output).Select(m => m.Groups["id"].Value).ToList();
        humanizer.Should().Equal(["Humanizer.Core"], $"only the core library is left:\n{closure.Output}");

        var run = await RunAsync("dotnet", ["run", "--project", project, "--no-restore"], directory, TimeSpan.FromMinutes(5));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("""health {"status":"ok"}""");
    }

    /// <summary>Writes a throwaway console project that restores <paramref name="packageId"/> from the packed folder only.</summary>
    private async Task<string> WriteConsumerAsync(string name, string packageId, string program, string extraItems = "")
    {
        var ct = TestContext.Current.CancellationToken;
        var project = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{PackageFolder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """, ct);
        var csproj = Path.Combine(project, "Consumer.csproj");
        await File.WriteAllTextAsync(csproj, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """, ct);
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), program, ct);
        return csproj;
    }

    internal static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A nested build must not inherit the test run's MSBuild node or test-platform settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";     // no build nodes left running after the test
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout, TestContext.Current.CancellationToken);
            return (process.ExitCode, $"$ {fileName} {string.Join(' ', arguments)}\nstdout:\n{await output}\nstderr:\n{await errors}");
        }
        finally
        {
            Stop(process);
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }

    [GeneratedRegex(@"^\s*>\s*(?<id>Humanizer(\.[\w.-]+)?)\s", RegexOptions.Multiline)]
    private static partial Regex HumanizerPackage();

    [GeneratedRegex(@"listening on (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
