using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// A read-only view of the OpenAPI document for the reference pages: operations in document
/// order, grouped by tag, with local <c>$ref</c>s resolved.
/// </summary>
internal sealed class OpenApiView
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public OpenApiView(JsonObject document)
    {
        Document = document;
        var operations = new List<DocOperation>();
        foreach (var (path, pathItem) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var method in Methods)
            {
                if (pathItem?[method] is JsonObject operation && operation["operationId"]?.GetValue<string>() is { } id)
                {
                    var tag = operation["tags"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "Other";
                    operations.Add(new DocOperation(id, method.ToUpperInvariant(), path, tag, operation));
                }
            }
        }

        Operations = operations;
        ById = operations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        Tags = (document["tags"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(t => new DocTag(t["name"]!.GetValue<string>(), t["description"]?.GetValue<string>() ?? ""))
            .ToList();
    }

    public JsonObject Document { get; }

    public IReadOnlyList<DocOperation> Operations { get; }

    public IReadOnlyDictionary<string, DocOperation> ById { get; }

    public IReadOnlyList<DocTag> Tags { get; }

    public string Title => Document["info"]?["title"]?.GetValue<string>() ?? "API";

    public string Version => Document["info"]?["version"]?.GetValue<string>() ?? "";

    public string ServerUrl =>
        Document["servers"]?[0]?["variables"]?["baseUrl"]?["default"]?.GetValue<string>()
        ?? Document["servers"]?[0]?["url"]?.GetValue<string>()
        ?? "";

    /// <summary>Follows local <c>$ref</c>s (at most a few hops) to the node they name.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; hops < 8 && node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            node = Pointer(reference);
        }

        return node;
    }

    /// <summary>The last segment of a <c>$ref</c>, e.g. <c>Subscriber</c>.</summary>
    public static string? RefName(JsonNode? node) =>
        node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference ? reference[(reference.LastIndexOf('/') + 1)..] : null;

    private JsonNode? Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? current = Document;
        foreach (var segment in reference[2..].Split('/'))
        {
            current = current?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return current;
    }
}

/// <summary>One operation of the document.</summary>
internal sealed record DocOperation(string Id, string Method, string Path, string Tag, JsonObject Node)
{
    public string Summary => Node["summary"]?.GetValue<string>() ?? Id;

    public string Description => Node["description"]?.GetValue<string>() ?? "";

    public bool IsAuthenticated => Node["security"] is not JsonArray { Count: 0 };
}

/// <summary>One tag (domain) of the document.</summary>
internal sealed record DocTag(string Name, string Description);
