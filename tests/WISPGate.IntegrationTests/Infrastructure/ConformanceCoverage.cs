using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

[assembly: AssemblyFixture(typeof(WISPGate.IntegrationTests.Infrastructure.ConformanceCoverage))]

namespace WISPGate.IntegrationTests.Infrastructure;

/// <summary>
/// Which operations and statuses the SDK saw from the mock server, validated, during the whole run; written
/// when the run ends to <c>TestResults/conformance-coverage.md</c> next to the test binaries.
/// </summary>
public sealed class ConformanceCoverage : IDisposable
{
    private static readonly ConcurrentDictionary<(string OperationId, int Status), int> Seen = new();

    public static string ReportPath => Path.Combine(AppContext.BaseDirectory, "TestResults", "conformance-coverage.md");

    public static void Record(string operationId, int status) => Seen.AddOrUpdate((operationId, status), 1, (_, count) => count + 1);

    public void Dispose()
    {
        var operations = ContractFile.Root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.ValueKind == System.Text.Json.JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString()!)
            .ToList();
        var report = new StringBuilder()
            .AppendLine("# Conformance coverage: responses validated against the contract")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{operations.Count(id => Seen.Keys.Any(k => k.OperationId == id))} of {operations.Count} operations seen.")
            .AppendLine()
            .AppendLine("| operation | statuses seen (count) |")
            .AppendLine("|---|---|");
        foreach (var operationId in operations)
        {
            var statuses = string.Join(", ", Seen.Where(s => s.Key.OperationId == operationId).OrderBy(s => s.Key.Status).Select(s => $"{s.Key.Status} ({s.Value})"));
            report.AppendLine(CultureInfo.InvariantCulture, $"| {operationId} | {(statuses.Length > 0 ? statuses : "not seen")} |");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(ReportPath)!);
        File.WriteAllText(ReportPath, report.ToString());
    }
}
