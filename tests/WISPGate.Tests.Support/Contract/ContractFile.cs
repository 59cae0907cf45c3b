using System.Text.Json;
using System.Text.Json.Nodes;

namespace WISPGate.Tests.Support.Contract;

/// <summary>
/// The contract (<c>wispgate-v1.openapi.json</c>, copied next to each test assembly) as the tests read it on their own:
/// text, a JSON tree, an element, and the one JSON-pointer / <c>$ref</c> resolver every test project uses.
/// </summary>
public static class ContractFile
{
    /// <summary>The file name next to the test assembly.</summary>
    public const string FileName = "wispgate-v1.openapi.json";

    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(FilePath));
    private static readonly Lazy<JsonObject> LazyRaw = new(() => JsonNode.Parse(LazyText.Value)!.AsObject());
    private static readonly Lazy<JsonElement> LazyRoot = new(() => JsonDocument.Parse(LazyText.Value).RootElement.Clone());

    /// <summary>The path of the contract next to the test assembly.</summary>
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, FileName);

    /// <summary>The document's text.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The document as a JSON tree (shared: do not modify; <c>DeepClone</c> first).</summary>
    public static JsonObject Raw => LazyRaw.Value;

    /// <summary>The document as a read-only element.</summary>
    public static JsonElement Root => LazyRoot.Value;

    /// <summary>The node at a JSON pointer (<c>#/components/schemas/Subscriber</c> or <c>/paths/…</c>), or null.</summary>
    public static JsonNode? Resolve(string pointer)
    {
        JsonNode? node = Raw;
        foreach (var segment in Segments(pointer))
        {
            node = node switch
            {
                JsonObject o => o.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The element at a JSON pointer; throws when the pointer names nothing.</summary>
    public static JsonElement ResolveElement(string pointer)
    {
        var current = Root;
        foreach (var segment in Segments(pointer))
        {
            current = current.ValueKind == JsonValueKind.Array ? current[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : current.GetProperty(segment);
        }

        return current;
    }

    /// <summary>Follows <c>$ref</c>s until an object that is not a reference.</summary>
    public static JsonObject Deref(JsonNode node)
    {
        var current = node.AsObject();
        while (current.TryGetPropertyValue("$ref", out var reference))
        {
            current = Resolve(reference!.GetValue<string>())?.AsObject()
                ?? throw new InvalidOperationException($"Unresolved $ref {reference}");
        }

        return current;
    }

    /// <summary>Escapes one segment of a JSON pointer (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
