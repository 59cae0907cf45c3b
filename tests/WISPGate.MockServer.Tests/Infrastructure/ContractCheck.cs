using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>
/// The tests' own reading of the contract (independent of the server's): finds the operation of a request and
/// validates a response body against the schema the contract documents for that operation and status.
/// </summary>
public static class ContractCheck
{
    private static readonly Uri BaseUri = new("https://contract.test/openapi.json");
    private static readonly Lazy<(JsonElement Root, BuildOptions Options)> Document = new(Load);
    // Lazy: two tests validating against a new pointer at once must build (and register) its schema only once.
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The contract document.</summary>
    public static JsonElement Root => Document.Value.Root;

    /// <summary>The path to the contract file next to the test assembly.</summary>
    public static string DocumentPath => Path.Combine(AppContext.BaseDirectory, "wispgate-v1.openapi.json");

    /// <summary>The operation (method, template, operation object) of a request path, or null.</summary>
    public static (string Template, JsonElement Operation)? FindOperation(string method, string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var candidates = new List<(string Template, JsonElement Operation, int Literals)>();
        foreach (var item in Root.GetProperty("paths").EnumerateObject())
        {
            var template = item.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (template.Length != segments.Length)
            {
                continue;
            }

            var literals = 0;
            var matches = true;
            for (var i = 0; i < template.Length && matches; i++)
            {
                if (template[i].StartsWith('{'))
                {
                    continue;
                }

                matches = template[i] == segments[i];
                literals++;
            }

            if (matches && item.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                candidates.Add((item.Name, operation, literals));
            }
        }

        return candidates.Count == 0 ? null : candidates.OrderByDescending(c => c.Literals).Select(c => (c.Template, c.Operation)).First();
    }

    /// <summary>
    /// Problems of a response against the contract: an undocumented status (below 500), a body that does not match the
    /// documented schema, or (for an unknown path or a 5xx) a body that is not the error envelope.
    /// </summary>
    public static IReadOnlyList<string> Problems(string method, string path, int status, string body)
    {
        string pointer;
        var found = FindOperation(method, path);
        if (found is { } match)
        {
            var responses = match.Operation.GetProperty("responses");
            if (!responses.TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
            {
                return status >= 500 ? Validate("/components/schemas/ErrorResponse", body) : [$"{status} is not documented for {method} {match.Template}."];
            }

            var responsePointer = $"/paths/{Escape(match.Template)}/{method.ToLowerInvariant()}/responses/{status}";
            if (response.TryGetProperty("$ref", out var reference))
            {
                responsePointer = reference.GetString()!.TrimStart('#');
                response = Resolve(responsePointer);
            }

            if (!response.TryGetProperty("content", out var content))
            {
                return body.Length == 0 ? [] : [$"{status} of {method} {match.Template} has no body in the contract, got one."];
            }

            var media = content.EnumerateObject().First();
            pointer = $"{responsePointer}/content/{Escape(media.Name)}/schema";
        }
        else
        {
            pointer = "/components/schemas/ErrorResponse";
        }

        return Validate(pointer, body);
    }

    /// <summary>Validates a JSON text against the schema at a pointer of the document.</summary>
    public static IReadOnlyList<string> Validate(string pointer, string body)
    {
        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return [$"The body is not JSON: {exception.Message}"];
        }

        using (instance)
        {
            var schema = Schemas.GetOrAdd(pointer, p => new Lazy<JsonSchema>(() => JsonSchema.FromText(
                JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = BaseUri + "#" + p }),
                Document.Value.Options,
                new Uri(BaseUri, "/check/" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(p)))))).Value;
            var results = schema.Evaluate(instance.RootElement, Evaluation);
            return results.IsValid
                ? []
                : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value} ({d.SchemaLocation})"))
                    .DefaultIfEmpty($"The body does not match {pointer}.")
                    .ToList();
        }
    }

    /// <summary>The element at a JSON pointer of the document.</summary>
    public static JsonElement Resolve(string pointer)
    {
        var current = Root;
        foreach (var segment in pointer.TrimStart('/').Split('/'))
        {
            current = current.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return current;
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static (JsonElement, BuildOptions) Load()
    {
        var root = JsonDocument.Parse(File.ReadAllBytes(DocumentPath)).RootElement.Clone();
        var registry = new SchemaRegistry();
        registry.Register(BaseUri, new JsonElementBaseDocument(root, BaseUri));
        return (root, new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true) });
    }
}
