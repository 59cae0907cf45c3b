using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using WISPGate.MockServer.Hosting;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>
/// The container recipe (<c>mock-server/WISPGate.MockServer.Tool/Dockerfile</c>) cannot be built here (no Docker
/// daemon), so it is linted: its rules checked on the parsed instructions, and dockerfile-utils' linter run on it
/// (<c>WISPGATE_DOCKERFILE_LINT</c>, installed by <c>.ci/run</c>). The health check it runs, <c>--probe</c>, is tested for real.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string ToolFolder = Path.Combine(RepositoryRoot(), "mock-server", "WISPGate.MockServer.Tool");

    private static readonly IReadOnlyList<(string Keyword, string Arguments)> Instructions = Parse(File.ReadAllText(Path.Combine(ToolFolder, "Dockerfile")));

    [Fact]
    public void Every_base_image_is_an_official_dotnet_image_with_a_pinned_version_and_the_runtime_stage_has_no_sdk()
    {
        var images = Instructions.Where(i => i.Keyword == "FROM").Select(i => i.Arguments.Split(' ')[0]).ToList();

        images.Should().NotBeEmpty().And.OnlyContain(image => ImageReference().IsMatch(image), "a version tag (no latest) of mcr.microsoft.com/dotnet");
        images[^1].Should().StartWith("mcr.microsoft.com/dotnet/aspnet:", "the final image runs the tool (an ASP.NET Core app) without the SDK");
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_with_an_exec_form_entrypoint_a_health_check_and_no_remote_add()
    {
        var final = Instructions.SkipWhile(i => i != Instructions.Last(j => j.Keyword == "FROM")).ToList();

        final.Where(i => i.Keyword == "USER").Should().ContainSingle().Which.Arguments.Should().NotBe("root").And.NotBe("0");
        final.FindIndex(i => i.Keyword == "USER").Should().BeLessThan(final.FindIndex(i => i.Keyword == "ENTRYPOINT"), "the user is set before the entrypoint");
        final.Single(i => i.Keyword == "ENTRYPOINT").Arguments.Should().StartWith("[", "exec form: the server is PID 1 (through exec) and gets SIGTERM")
            .And.Contain("exec dotnet /app/wispgate-mock.dll").And.Contain("--urls http://0.0.0.0:${WISPGATE_PORT}").And.Contain("${WISPGATE_ARGS}");
        final.Single(i => i.Keyword == "HEALTHCHECK").Arguments.Should().Contain("CMD [").And.Contain("--probe http://127.0.0.1:${WISPGATE_PORT}/health");
        final.Should().Contain(i => i.Keyword == "ENV" && i.Arguments.Contains("WISPGATE_PORT=5080", StringComparison.Ordinal));
        Instructions.Should().NotContain(i => i.Keyword == "ADD", "COPY only: no ADD of URLs or archives");
        Instructions.Should().NotContain(i => i.Keyword == "RUN" && (i.Arguments.Contains("curl", StringComparison.Ordinal) || i.Arguments.Contains("wget", StringComparison.Ordinal)), "nothing is downloaded outside the package registries");
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_tests_and_git()
    {
        var ignored = File.ReadAllLines(Path.Combine(ToolFolder, "Dockerfile.dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        ignored.Should().Contain(["**/bin", "**/obj", ".git", "tests"]);
        ignored.Should().NotContain(l => l.StartsWith("src/openapi", StringComparison.Ordinal) || l.StartsWith("mock-server", StringComparison.Ordinal), "the build needs the contract and the mock server");
    }

    [Fact]
    public async Task A_Dockerfile_linter_no_one_here_wrote_finds_nothing_in_the_recipe_and_does_find_a_broken_copy()
    {
        // dockerfile-utils (npm, the Docker language server's linter): .ci/run installs it and names it in
        // WISPGATE_DOCKERFILE_LINT; without it a developer machine skips this test and CI fails it.
        var linter = Environment.GetEnvironmentVariable("WISPGATE_DOCKERFILE_LINT");
        if (string.IsNullOrEmpty(linter) || !File.Exists(linter))
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI installs dockerfile-utils and sets WISPGATE_DOCKERFILE_LINT");
            Assert.Skip("dockerfile-utils is not installed (bash .ci/run installs it; or set WISPGATE_DOCKERFILE_LINT).");
        }

        var broken = Path.Combine(Path.GetTempPath(), $"wispgate-broken-{Guid.NewGuid():N}.Dockerfile");
        await File.WriteAllTextAsync(broken, File.ReadAllText(Path.Combine(ToolFolder, "Dockerfile")) + "EXPOSE not-a-port\n", TestContext.Current.CancellationToken);
        try
        {
            var (recipeExit, recipeOutput) = await LintAsync(linter, Path.Combine(ToolFolder, "Dockerfile"));
            var (brokenExit, brokenOutput) = await LintAsync(linter, broken);

            recipeExit.Should().Be(0, recipeOutput);
            recipeOutput.Trim().Should().BeEmpty("no warning either");
            brokenExit.Should().NotBe(0, "the linter really checks: an invalid port is an error");
            brokenOutput.Should().Contain("not-a-port");
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static async Task<(int Exit, string Output)> LintAsync(string linter, string dockerfile)
    {
        var info = new ProcessStartInfo(linter) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("lint");
        info.ArgumentList.Add(dockerfile);
        using var process = Process.Start(info)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task The_probe_exits_0_on_a_healthy_server_and_1_when_nothing_answers()
    {
        await using var server = await MockServers.StartAsync();

        // A port bound but not listening: connections to it are refused, and no one else can take it meanwhile.
        using var closed = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var healthy = await ProbeAsync($"{server.BaseUrl}/health");
        var refused = await ProbeAsync($"http://127.0.0.1:{((IPEndPoint)closed.LocalEndPoint!).Port}/health");

        healthy.Should().Be(0);
        refused.Should().Be(CommandLineHost.StartFailure);
        CommandLineOptions.Parse(["--probe", "not a url"], out var error).Should().BeNull();
        error.Should().Contain("--probe");
    }

    private static async Task<int> ProbeAsync(string url)
    {
        using var host = ToolHost.Start("--probe", url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ToolHost.Patience);
        await host.StandardOutput.ReadToEndAsync(timeout.Token);
        await host.WaitForExitAsync(timeout.Token);
        return host.ExitCode;
    }

    // The instructions, continuation lines joined, comments and the parser directive left out.
    private static List<(string Keyword, string Arguments)> Parse(string dockerfile)
    {
        var joined = ContinuedLine().Replace(dockerfile.ReplaceLineEndings("\n"), " ");
        return joined.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WISPGate.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (WISPGate.Sdk.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\\\n(\s*#[^\n]*\n)*")]
    private static partial Regex ContinuedLine();

    [GeneratedRegex(@"^mcr\.microsoft\.com/dotnet/(sdk|aspnet|runtime|runtime-deps):\d+\.\d+[\w.-]*$")]
    private static partial Regex ImageReference();
}
