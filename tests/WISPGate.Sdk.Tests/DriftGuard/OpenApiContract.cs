using System.Text.Json.Nodes;

namespace WISPGate.Sdk.Tests.DriftGuard;

/// <summary>The OpenAPI document the SDK must follow, read once from the test output (linked from <c>src/openapi</c>).</summary>
internal static class OpenApiContract
{
    private static readonly string[] s_methods = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];

    public static JsonObject Document => ContractFile.Raw;

    public static JsonObject Schemas => Document["components"]!["schemas"]!.AsObject();

    /// <summary>Every operation of the document.</summary>
    public static IReadOnlyList<ContractOperation> Operations { get; } = ReadOperations();

    public static ContractOperation Operation(string operationId) =>
        Operations.SingleOrDefault(operation => operation.OperationId == operationId)
        ?? throw new InvalidOperationException($"The contract has no operation {operationId}.");

    /// <summary>The success example of an operation as JSON text (the whole answer, envelope included).</summary>
    public static string SuccessExample(string operationId) =>
        Operation(operationId).Success.Example?.ToJsonString() ?? throw new InvalidOperationException($"{operationId} has no success example.");

    /// <summary>The JSON request body example of an operation.</summary>
    public static JsonNode RequestExample(string operationId) =>
        Operation(operationId).JsonRequest.Example ?? throw new InvalidOperationException($"{operationId} has no request example.");

    /// <summary>Follows <c>$ref</c>s within the document.</summary>
    public static JsonObject Resolve(JsonNode node) => ContractFile.Deref(node);

    /// <summary>The schema name a <c>$ref</c> points at, or <see langword="null"/> for an inline schema.</summary>
    public static string? SchemaName(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? reference["#/components/schemas/".Length..]
            : null;

    private static List<ContractOperation> ReadOperations()
    {
        var operations = new List<ContractOperation>();
        foreach (var (path, pathItem) in Document["paths"]!.AsObject())
        {
            foreach (var method in s_methods)
            {
                if (pathItem![method] is JsonObject operation)
                {
                    operations.Add(new ContractOperation(
                        method.ToUpperInvariant(),
                        path,
                        operation["operationId"]!.GetValue<string>(),
                        operation["tags"]?[0]?.GetValue<string>() ?? "",
                        operation));
                }
            }
        }

        return operations;
    }
}

/// <summary>One operation of the contract.</summary>
internal sealed record ContractOperation(string Method, string Path, string OperationId, string Tag, JsonObject Node)
{
    /// <summary>The first 2xx response: its status, and its JSON example and schema when it has a JSON body.</summary>
    public (int Status, JsonNode? Example, JsonNode? Schema) Success
    {
        get
        {
            var (status, response) = Node["responses"]!.AsObject()
                .Select(pair => (Status: int.Parse(pair.Key, System.Globalization.CultureInfo.InvariantCulture), Response: pair.Value!))
                .Where(pair => pair.Status is >= 200 and < 300)
                .OrderBy(pair => pair.Status)
                .First();
            var content = OpenApiContract.Resolve(response)["content"]?["application/json"];
            return (status, FirstExample(content), content?["schema"]);
        }
    }

    /// <summary>The JSON request body's example and schema, if the operation takes a JSON body.</summary>
    public (JsonNode? Example, JsonNode? Schema) JsonRequest
    {
        get
        {
            var content = Node["requestBody"] is { } body ? OpenApiContract.Resolve(body)["content"]?["application/json"] : null;
            return (FirstExample(content), content?["schema"]);
        }
    }

    public override string ToString() => OperationId;

    private static JsonNode? FirstExample(JsonNode? content) =>
        content?["example"] ?? content?["examples"]?.AsObject().Select(pair => OpenApiContract.Resolve(pair.Value!)["value"]).FirstOrDefault();
}
