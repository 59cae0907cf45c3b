using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace WISPGate.Tests.Support.Contract;

/// <summary>
/// JSON Schema 2020-12 checks against the contract's schemas (JsonSchema.Net), with formats enforced. OpenAPI 3.1's own
/// keywords (discriminator, example, x-…) are annotations here.
/// </summary>
public static class ContractSchemas
{
    private static readonly Uri DocumentUri = new("https://contract.test/wispgate-v1.openapi.json");
    private static readonly EvaluationOptions Evaluation = CreateEvaluationOptions();
    private static readonly Lazy<BuildOptions> Options = new(() =>
    {
        var registry = new SchemaRegistry();
        registry.Register(DocumentUri, new JsonElementBaseDocument(ContractFile.Root, DocumentUri));
        return new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true) };
    });

    // Lazy: building a schema registers its URI; two concurrent builds of one pointer would collide.
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> ByPointer = new();
    private static readonly Lock Gate = new();
    private static int s_built;

    /// <summary>Problems of a JSON text against the schema at a pointer of the document (empty when it conforms).</summary>
    public static IReadOnlyList<string> Validate(string pointer, string json)
    {
        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return [$"The body is not JSON: {exception.Message}"];
        }

        using (instance)
        {
            var schema = ByPointer.GetOrAdd(pointer, p => new Lazy<JsonSchema>(() => JsonSchema.FromText(
                JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = DocumentUri + "#" + p }),
                Options.Value,
                new Uri(DocumentUri, "/check/" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(p)))))).Value;
            return Problems(schema.Evaluate(instance.RootElement, Evaluation), $"The body does not match {pointer}.");
        }
    }

    /// <summary>Problems of a value against a schema taken from the document (its local <c>$ref</c>s resolve in the document).</summary>
    public static IReadOnlyList<string> Validate(JsonNode schema, JsonNode? value)
    {
        var absolute = Absolutize(schema.DeepClone());
        JsonSchema built;
        lock (Gate)
        {
            // Each built schema registers itself under its base URI: give every one its own.
            built = JsonSchema.Build(ToElement(absolute), Options.Value, new Uri($"https://contract.test/schemas/{++s_built}.json"));
        }

        return Problems(built.Evaluate(ToElement(value), Evaluation), "invalid");
    }

    private static EvaluationOptions CreateEvaluationOptions()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

        // JsonSchema.Net checks "email" with a regex under a 200 ms match timeout and calls a timed-out match invalid: on
        // a loaded two-core machine a valid address then fails the check. This one has no clock in it.
        options.FormatRegistry.Register(new PredicateFormat("email", IsEmail));
        return options;
    }

    // addr-spec only (no display name, no comments): local part and a dotted domain, as MailAddress reads them.
    private static bool IsEmail(JsonElement value) =>
        value.ValueKind != JsonValueKind.String
        || (value.GetString() is { } text
            && System.Net.Mail.MailAddress.TryCreate(text, out var address)
            && address.Address == text
            && address.Host.Contains('.', StringComparison.Ordinal));

    private static List<string> Problems(EvaluationResults results, string fallback) =>
        results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
                .DefaultIfEmpty(fallback)
                .ToList();

    private static JsonElement ToElement(JsonNode? node) => JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

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
