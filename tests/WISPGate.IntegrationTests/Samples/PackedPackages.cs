using System.Reflection;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>
/// WISPGate.Sdk, WISPGate.Sdk.AspNetCore, the WISPGate.MockServer library and the WISPGate.MockServer.Tool .NET tool packed once for
/// <see cref="PackageTests"/> (from the build the test run already made, <c>--no-build</c>) into a temporary folder, under a
/// version unique to this run so no cached package is reused.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    /// <summary>The packable projects, by package id.</summary>
    public static readonly IReadOnlyDictionary<string, string> Projects = new Dictionary<string, string>
    {
        ["WISPGate.Sdk"] = "src/WISPGate.Sdk/WISPGate.Sdk.csproj",
        ["WISPGate.Sdk.AspNetCore"] = "src/WISPGate.Sdk.AspNetCore/WISPGate.Sdk.AspNetCore.csproj",
        ["WISPGate.MockServer"] = "mock-server/WISPGate.MockServer/WISPGate.MockServer.csproj",
        ["WISPGate.MockServer.Tool"] = "mock-server/WISPGate.MockServer.Tool/WISPGate.MockServer.Tool.csproj",
        ["WISPGate.MockServer.Xunit"] = "mock-server/WISPGate.MockServer.Xunit/WISPGate.MockServer.Xunit.csproj",
    };

    private static readonly string RepositoryRoot = Metadata("RepositoryRoot");
    private static readonly string Configuration = Metadata("BuildConfiguration");

    /// <summary>The temporary folder of this run (packages, tool path, throwaway project).</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("wispgate-packages-").FullName;

    /// <summary>The package version of this run.</summary>
    public string Version { get; } = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>Where the .nupkg and .snupkg files are.</summary>
    public string Folder => Path.Combine(Root, "packages");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        foreach (var project in Projects.Values)
        {
            var pack = await PackageTests.RunAsync(
                "dotnet",
                ["pack", Path.Combine(RepositoryRoot, project), "--no-build", "-c", Configuration, "-o", Folder, $"-p:PackageVersion={Version}", "-nologo"],
                RepositoryRoot,
                TimeSpan.FromMinutes(3));
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack failed:\n{pack.Output}");
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        TryDelete(Root);

        // The packages under this run's version are in the machine's NuGet cache now; they are of no use to anyone.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in Projects.Keys)
        {
            TryDelete(Path.Combine(cache, id.ToLowerInvariant(), Version));
        }

        return ValueTask.CompletedTask;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Metadata(string key) => typeof(PackedPackages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
