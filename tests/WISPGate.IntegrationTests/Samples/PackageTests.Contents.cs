using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Xml.Linq;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// What the packages hold, exactly: every file and every dependency is listed in
/// <c>Samples/PackageContents/&lt;id&gt;.txt</c>, so a test asset, a stray dependency or a missing file fails the run
/// (the message shows the actual list to review and copy). And the tool runs on the .NET runtime alone, no SDK.
/// </summary>
public sealed partial class PackageTests
{
    [Theory]
    [InlineData("WISPGate.Sdk")]
    [InlineData("WISPGate.Sdk.AspNetCore")]
    [InlineData("WISPGate.MockServer")]
    [InlineData("WISPGate.MockServer.Tool")]
    [InlineData("WISPGate.MockServer.Xunit")]
    public void Every_package_holds_exactly_its_listed_files_and_dependencies(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(PackageFolder, $"{id}.{Version}.nupkg"));
        var files = package.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        using var nuspecStream = package.GetEntry($"{id}.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var dependencies = nuspec.Descendants()
            .Where(element => element.Name.LocalName == "dependency")
            .Select(element => $"{element.Parent!.Attribute("targetFramework")?.Value}: {element.Attribute("id")!.Value}")
            .Order(StringComparer.Ordinal);

        var actual = string.Join('\n', ["# files", .. files, "# dependencies", .. dependencies]) + "\n";
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PackageContents", $"{id}.txt")).ReplaceLineEndings("\n");

        actual.Should().Be(expected, $"{id} must hold exactly the listed files and dependencies; if the change is intended, "
            + $"replace tests/WISPGate.IntegrationTests/Samples/PackageContents/{id}.txt with:\n{actual}");
    }

    [Fact]
    public async Task The_tool_package_runs_on_the_dotnet_runtime_alone_without_an_sdk()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var package = ZipFile.OpenRead(Path.Combine(PackageFolder, $"WISPGate.MockServer.Tool.{Version}.nupkg")))
        {
            package.ExtractToDirectory(Path.Combine(Root, "tool-extracted"));
        }

        var toolDll = Path.Combine(Root, "tool-extracted", "tools", "net10.0", "any", "wispgate-mock.dll");
        var runtimeConfig = await File.ReadAllTextAsync(Path.ChangeExtension(toolDll, ".runtimeconfig.json"), ct);
        runtimeConfig.Should().Contain("\"Microsoft.NETCore.App\"").And.Contain("\"Microsoft.AspNetCore.App\"");

        // A .NET installation with the host and the shared runtimes only: no sdk/ folder, so nothing of the SDK can load.
        var dotnetRoot = Path.GetDirectoryName(ResolveDotnet())!;
        var runtimeOnly = Directory.CreateDirectory(Path.Combine(Root, "runtime-only")).FullName;
        File.CreateSymbolicLink(Path.Combine(runtimeOnly, "dotnet"), Path.Combine(dotnetRoot, "dotnet"));
        Directory.CreateSymbolicLink(Path.Combine(runtimeOnly, "host"), Path.Combine(dotnetRoot, "host"));
        Directory.CreateSymbolicLink(Path.Combine(runtimeOnly, "shared"), Path.Combine(dotnetRoot, "shared"));
        Directory.Exists(Path.Combine(runtimeOnly, "sdk")).Should().BeFalse();

        var start = new ProcessStartInfo(Path.Combine(runtimeOnly, "dotnet")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", toolDll, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ROOT"] = runtimeOnly;
        start.Environment["DOTNET_MULTILEVEL_LOOKUP"] = "0";
        var (process, listening) = StartListening(start);
        try
        {
            var baseUrl = await listening.WaitAsync(TimeSpan.FromMinutes(1), ct);
            using var http = new HttpClient { BaseAddress = baseUrl };
            var health = await http.GetAsync(new Uri("/health", UriKind.Relative), ct);
            health.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            Stop(process);
            process.Dispose();
        }
    }

    /// <summary>The real path of the <c>dotnet</c> host running the tests' builds (through symlinks).</summary>
    private static string ResolveDotnet()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var candidate = !string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment)
            ? fromEnvironment
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "dotnet"))
                .First(File.Exists);
        var file = new FileInfo(candidate);
        return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
    }
}
