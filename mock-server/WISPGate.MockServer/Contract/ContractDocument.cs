using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace WISPGate.MockServer.Contract;

/// <summary>
/// The embedded OpenAPI 3.1 document, registered as a JSON Schema base document so that every
/// <c>#/components/schemas/...</c> reference resolves. Loaded once per process.
/// </summary>
internal sealed class ContractDocument
{
    /// <summary>The URI the document is registered under; schema locations in validation results point into it.</summary>
    public static readonly Uri BaseUri = new("https://wispgate.local/api/v1/openapi.json");

    private const string ResourceName = "WISPGate.MockServer.openapi.json";
    private static readonly Lazy<ContractDocument> Embedded = new(LoadEmbedded);

    private readonly BuildOptions _buildOptions;
    // Lazy: building a schema registers it under a URI, and a second concurrent build of the same pointer would be refused.
    private readonly ConcurrentDictionary<string, Lazy<JsonSchema>> _compiled = new(StringComparer.Ordinal);

    private ContractDocument(byte[] bytes)
    {
        Bytes = bytes;
        Root = JsonDocument.Parse(bytes).RootElement.Clone();
        var registry = new SchemaRegistry();
        registry.Register(BaseUri, new JsonElementBaseDocument(Root, BaseUri));
        _buildOptions = new BuildOptions
        {
            SchemaRegistry = registry,
            // OpenAPI adds keywords of its own (example, discriminator, xml...): evaluate them as annotations.
            Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true),
        };
    }

    /// <summary>The document as served at <c>GET /api/v1/openapi.json</c>.</summary>
    public byte[] Bytes { get; }

    /// <summary>The parsed document.</summary>
    public JsonElement Root { get; }

    /// <summary>The document embedded in this assembly.</summary>
    public static ContractDocument Instance => Embedded.Value;

    /// <summary>The compiled schema at <paramref name="pointer"/> (a JSON Pointer into the document), compiled once.</summary>
    public JsonSchema CompileSchemaAt(string pointer) =>
        _compiled.GetOrAdd(pointer, p => new Lazy<JsonSchema>(() => Compile(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private JsonSchema Compile(string pointer)
    {
        var reference = JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = BaseUri + "#" + pointer });
        return JsonSchema.FromText(reference, _buildOptions, new Uri(BaseUri, "/compiled/" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(pointer))));
    }

    /// <summary>Finds the element a JSON Pointer (or an absolute schema location into this document) designates.</summary>
    public JsonElement? Resolve(string pointerOrLocation)
    {
        var hash = pointerOrLocation.IndexOf('#', StringComparison.Ordinal);
        var pointer = hash >= 0 ? pointerOrLocation[(hash + 1)..] : pointerOrLocation;
        return JsonPointers.Resolve(Root, Uri.UnescapeDataString(pointer));
    }

    private static ContractDocument LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded contract '{ResourceName}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new ContractDocument(buffer.ToArray());
    }
}
