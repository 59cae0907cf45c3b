using System.Text.Json.Nodes;
using Json.Schema;

namespace WISPGate.Contract.Tests;

/// <summary>
/// Validates JSON values against schemas of the contract with JsonSchema.Net (OpenAPI 3.1 schemas are JSON Schema 2020-12).
/// The whole document is registered as a base document so that <c>#/components/schemas/…</c> references resolve.
/// </summary>
internal static class SchemaValidator
{
    private static readonly Uri DocumentUri = new("https://wispgate.local/openapi/wispgate-v1.openapi.json");
    private static readonly Lock Gate = new();
    private static int counter;

    private static readonly Lazy<BuildOptions> Options = new(() =>
    {
        var registry = new SchemaRegistry();
        registry.Register(DocumentUri, new JsonElementBaseDocument(ContractDocument.ToElement(ContractDocument.Raw), DocumentUri));
        // OpenAPI 3.1's dialect adds keywords of its own (discriminator, example, xml…): they are annotations here.
        return new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true) };
    });

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Validates <paramref name="value"/> against <paramref name="schema"/> (a schema node of the document); returns the errors.</summary>
    public static IReadOnlyList<string> Validate(JsonNode schema, JsonNode? value)
    {
        var absolute = Absolutize(schema.DeepClone());
        JsonSchema built;
        lock (Gate)
        {
            // Each built schema registers itself under its base URI: give every one its own.
            var uri = new Uri($"https://wispgate.local/examples/{++counter}.json");
            built = JsonSchema.Build(ContractDocument.ToElement(absolute), Options.Value, uri);
        }

        var results = built.Evaluate(ContractDocument.ToElement(value), Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    /// <summary>Rewrites document-local references to absolute ones, so that a schema taken out of the document still finds its targets.</summary>
    private static JsonNode? Absolutize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (key == "$ref" && o[key] is JsonValue v && v.GetValue<string>().StartsWith('#'))
                    {
                        o[key] = DocumentUri + v.GetValue<string>();
                    }
                    else
                    {
                        Absolutize(o[key]);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Absolutize(item);
                }

                break;
        }

        return node;
    }
}
