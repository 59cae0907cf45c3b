using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace WISPGate.Contract.Tests;

/// <summary>
/// The contract under test, loaded once: as the Microsoft.OpenApi object model (what tooling sees, references
/// resolved) and as raw JSON (for examples, verbatim comparisons and JSON Schema validation).
/// </summary>
internal static class ContractDocument
{
    public const string FileName = ContractFile.FileName;

    private static readonly Lazy<ReadResult> LazyRead = new(() =>
    {
        var settings = new OpenApiReaderSettings();
        return OpenApiDocument.Parse(ContractFile.Text, OpenApiConstants.Json, settings);
    });

    public static string Text => ContractFile.Text;

    public static ReadResult ReadResult => LazyRead.Value;

    public static OpenApiDocument Model => LazyRead.Value.Document ?? throw new InvalidOperationException("The document did not load.");

    public static JsonObject Raw => ContractFile.Raw;

    /// <summary>Every operation under <c>paths</c> as (METHOD, path, operation).</summary>
    public static IEnumerable<(string Method, string Path, OpenApiOperation Operation)> Operations() =>
        from path in Model.Paths
        from operation in path.Value.Operations ?? []
        select (operation.Key.Method.ToUpperInvariant(), path.Key, operation.Value);

    /// <summary>The operation with this operationId (model view).</summary>
    public static (string Method, string Path, OpenApiOperation Operation) Operation(string operationId) =>
        Operations().Single(o => o.Operation.OperationId == operationId);

    /// <summary>The operation with this operationId (raw JSON view).</summary>
    public static JsonObject RawOperation(string operationId)
    {
        var (method, path, _) = Operation(operationId);
        return Raw["paths"]![path]![method.ToLowerInvariant()]!.AsObject();
    }

    /// <summary>Resolves a local reference (<c>#/components/…</c>) or an RFC 6901 pointer into the raw document.</summary>
    public static JsonNode? Resolve(string pointer) => ContractFile.Resolve(pointer);

    /// <summary>Follows <c>$ref</c>s until a concrete object.</summary>
    public static JsonObject Deref(JsonNode node) => ContractFile.Deref(node);

    /// <summary>True when two JSON values are equal (objects compared by members, not by member order).</summary>
    public static bool JsonEquals(JsonNode? left, JsonNode? right) => JsonNode.DeepEquals(left, right);

    /// <summary>Parses JSON text to an element for the schema validator.</summary>
    public static JsonElement ToElement(JsonNode? node) =>
        JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();
}
