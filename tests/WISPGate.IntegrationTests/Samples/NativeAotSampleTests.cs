using System.Reflection;
using System.Runtime.InteropServices;
using WISPGate.MockServer;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// The SDK as a NativeAOT app: <c>samples/NativeAot</c> (options, <c>WispGateClient.Create</c> and <c>AddWispGate</c>, a
/// create with an automatic idempotency key, <c>ListAllAsync</c>, a typed error, webhook verification) is published
/// with <c>PublishAot</c> with no trim or AOT warning, and the native executable runs against the mock server.
/// Needs clang (<c>.ci/run</c> installs it); a developer machine without it skips, CI fails.
/// </summary>
public sealed class NativeAotSampleTests
{
    private static readonly string RepositoryRoot = typeof(NativeAotSampleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact(Timeout = 900_000)]
    public async Task The_sample_publishes_as_native_code_without_warnings_and_runs_against_the_mock_server()
    {
        if (!OnPath("clang"))
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI installs clang for the NativeAOT test");
            Assert.Skip("clang is not installed (bash .ci/run installs it): NativeAOT needs it to link.");
        }

        var ct = TestContext.Current.CancellationToken;
        var output = Directory.CreateTempSubdirectory("wispgate-aot-").FullName;
        try
        {
            var publish = await PackageTests.RunAsync(
                "dotnet",
                ["publish", Path.Combine(RepositoryRoot, "samples", "NativeAot", "NativeAot.csproj"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output, "-nologo", "-p:TreatWarningsAsErrors=true"],
                RepositoryRoot,
                TimeSpan.FromMinutes(12));
            publish.ExitCode.Should().Be(0, publish.Output);
            publish.Output.Should().NotMatchRegex(@"warning (IL|CS)\d+", "trim and AOT analysis must find nothing");

            await using var server = await WispGateMockServer.StartAsync(cancellationToken: ct);
            var run = await PackageTests.RunAsync(Path.Combine(output, "NativeAot"), [server.BaseUrl, server.DemoTokens.ReadWrite], output, TimeSpan.FromMinutes(2));

            run.ExitCode.Should().Be(0, run.Output);
            run.Output.Should().MatchRegex(@"created sub_\w+ Ada Native status Prospect")
                .And.Contain("duplicate refused: 409 duplicate_subscriber")
                .And.MatchRegex(@"listed [1-9]\d* subscribers")
                .And.Contain("webhook verified: subscriber.created evt_aot")
                .And.Contain("forged webhook refused");
            server.Requests.ForOperation("createSubscriber").Should().Contain(request => request.IdempotencyKey != null,
                "the SDK sent an idempotency key on the create without being asked");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}
