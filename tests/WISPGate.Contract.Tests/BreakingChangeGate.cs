using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WISPGate.Contract.Tests;

/// <summary>
/// The contract breaking-change gate: the current document against the released one, by Optic's breaking-changes
/// rules (<c>optic diff --check</c>, a maintained OpenAPI diff tool), adjusted to docs/compatibility.md in two
/// ways: a new enum value in a response is allowed (readers must tolerate unknown values; Optic forbids it), and a
/// removed enum value is a break wherever the enum is used (Optic only checks requests). Findings reviewed and accepted
/// on purpose are listed, each with its reason, in <c>src/openapi/released/accepted-changes.json</c>.
/// </summary>
internal static partial class BreakingChangeGate
{
    public const string ReleasedFileName = "wispgate-v1.1.0.0.openapi.json";
    public const string AcceptedChangesFileName = "accepted-changes.json";

    /// <summary>The Optic CLI named by <c>WISPGATE_OPTIC</c> (installed by <c>.ci/run</c>), or null.</summary>
    public static string? OpticPath()
    {
        var optic = Environment.GetEnvironmentVariable("WISPGATE_OPTIC");
        return !string.IsNullOrEmpty(optic) && File.Exists(optic) ? optic : null;
    }

    /// <summary>Every break of <paramref name="currentPath"/> against <paramref name="releasedPath"/> that was not accepted.</summary>
    public static async Task<IReadOnlyList<BreakingChange>> FindAsync(string optic, string releasedPath, string currentPath, CancellationToken cancellationToken)
    {
        var report = await RunOpticAsync(optic, releasedPath, currentPath, cancellationToken);
        var accepted = ReadAccepted();
        var findings = ParseOpticReport(report)
            .Where(change => !IsAllowedEnumAddition(change))
            .Concat(RemovedEnumValues(releasedPath, currentPath))
            .Where(change => !accepted.Contains((change.Where, change.Rule)))
            .Distinct()
            .ToList();
        return findings;
    }

    /// <summary>Optic's text report as findings: each <c>x [rule] message</c> line under its <c>METHOD /path</c> heading.</summary>
    public static IEnumerable<BreakingChange> ParseOpticReport(string report)
    {
        if (!report.Contains("Checks:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Optic did not report its checks:\n" + report);
        }

        var where = "document";
        foreach (var line in report.Split('\n'))
        {
            var heading = OperationHeading().Match(line);
            if (heading.Success)
            {
                where = heading.Groups["operation"].Value;
                continue;
            }

            var finding = FindingLine().Match(line);
            if (finding.Success)
            {
                yield return new BreakingChange(where, finding.Groups["rule"].Value, finding.Groups["message"].Value.Trim());
            }
        }
    }

    private static bool IsAllowedEnumAddition(BreakingChange change) =>
        change.Rule == "request and response property enums" && change.Message.StartsWith("cannot add enum option", StringComparison.Ordinal);

    /// <summary>Enum values of the released components that the current document no longer has.</summary>
    private static IEnumerable<BreakingChange> RemovedEnumValues(string releasedPath, string currentPath)
    {
        var released = Schemas(releasedPath);
        var current = Schemas(currentPath);
        foreach (var (name, schema) in released)
        {
            if (schema?["enum"] is not JsonArray releasedValues || current[name]?["enum"] is not JsonArray currentValues)
            {
                continue;
            }

            var kept = currentValues.Select(value => value?.ToJsonString()).ToHashSet();
            foreach (var value in releasedValues.Where(value => !kept.Contains(value?.ToJsonString())))
            {
                yield return new BreakingChange($"#/components/schemas/{name}", "prevent enum value removal",
                    $"cannot remove enum value {value?.ToJsonString()}: clients and stored data still use it. This is a breaking change.");
            }
        }
    }

    private static JsonObject Schemas(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?["components"]?["schemas"]?.AsObject() ?? [];

    private static HashSet<(string Where, string Rule)> ReadAccepted()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, AcceptedChangesFileName)))!;
        return document["accepted"]!.AsArray()
            .Select(entry => ((string)entry!["operation"]!, (string)entry["rule"]!))
            .ToHashSet();
    }

    private static async Task<string> RunOpticAsync(string optic, string releasedPath, string currentPath, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(optic)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[] { "diff", releasedPath, currentPath, "--check", "--validation", "loose" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["FORCE_COLOR"] = "0";

        using var process = Process.Start(info)!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(6));
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            return await output + await errors;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    [GeneratedRegex(@"^[x✔] (?<operation>(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+):")]
    private static partial Regex OperationHeading();

    [GeneratedRegex(@"^\s*x \[(?<rule>[^\]]+)\] (?<message>.*)$")]
    private static partial Regex FindingLine();
}
