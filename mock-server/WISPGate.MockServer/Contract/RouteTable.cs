using System.Text.Json;

namespace WISPGate.MockServer.Contract;

/// <summary>
/// Every operation of the contract, read once from the document with its schemas compiled,
/// and the lookup of a request (method + path) to an operation.
/// </summary>
internal sealed class RouteTable
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private static readonly Lazy<RouteTable> Embedded = new(() => new RouteTable(ContractDocument.Instance));

    private readonly IReadOnlyList<OperationDescriptor> _bySpecificity;

    private RouteTable(ContractDocument document)
    {
        var operations = new List<OperationDescriptor>();
        if (document.Root.TryGetProperty("paths", out var paths) && paths.ValueKind == JsonValueKind.Object)
        {
            var globalSecurity = document.Root.TryGetProperty("security", out var security) ? security : (JsonElement?)null;
            foreach (var path in paths.EnumerateObject())
            {
                var pathPointer = "/paths/" + JsonPointers.Escape(path.Name);
                foreach (var operation in path.Value.EnumerateObject().Where(p => Methods.Contains(p.Name)))
                {
                    operations.Add(ReadOperation(document, path.Name, pathPointer, path.Value, operation.Name, operation.Value, globalSecurity));
                }
            }
        }

        Operations = operations;
        ById = operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
        _bySpecificity = operations.OrderBy(o => o.Route.Specificity, StringComparer.Ordinal).ToList();
    }

    /// <summary>The table of the embedded contract.</summary>
    public static RouteTable Instance => Embedded.Value;

    /// <summary>All operations in document order.</summary>
    public IReadOnlyList<OperationDescriptor> Operations { get; }

    /// <summary>Operations by operationId.</summary>
    public IReadOnlyDictionary<string, OperationDescriptor> ById { get; }

    /// <summary>Looks up a request. The most specific template that has the method wins.</summary>
    public RouteMatch Match(string method, string path)
    {
        var segments = RouteTemplate.Split(path);
        var allowed = new List<string>();
        foreach (var operation in _bySpecificity)
        {
            if (operation.Route.Match(segments) is not { } parameters)
            {
                continue;
            }

            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return new RouteMatch(operation, parameters, []);
            }

            if (!allowed.Contains(operation.Method))
            {
                allowed.Add(operation.Method);
            }
        }

        return new RouteMatch(null, new Dictionary<string, string>(), allowed);
    }

    private static OperationDescriptor ReadOperation(
        ContractDocument document, string template, string pathPointer, JsonElement pathItem, string method, JsonElement operation, JsonElement? globalSecurity)
    {
        var operationPointer = pathPointer + "/" + method;
        var operationId = operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method} {template}";
        var tag = operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString() : null;

        var parameters = new Dictionary<(string, string), ParameterDescriptor>();
        foreach (var (list, pointer) in new[] { (pathItem, pathPointer), (operation, operationPointer) })
        {
            if (!list.TryGetProperty("parameters", out var declared))
            {
                continue;
            }

            for (var i = 0; i < declared.GetArrayLength(); i++)
            {
                var parameter = ReadParameter(document, declared[i], $"{pointer}/parameters/{i}");
                parameters[(parameter.Location, parameter.Name.ToUpperInvariant())] = parameter;
            }
        }

        return new OperationDescriptor(
            operationId,
            method.ToUpperInvariant(),
            new RouteTemplate(template),
            tag,
            RequiresAuth(operation, globalSecurity),
            ReadRequestBody(document, operation, operationPointer),
            parameters.Values.ToList(),
            CreatesResource(method, operation),
            RequiredScopes(operation, globalSecurity));
    }

    // The role names of the bearer requirement (OpenAPI 3.1 lets a non-OAuth scheme list the roles it needs).
    private static List<string> RequiredScopes(JsonElement operation, JsonElement? globalSecurity)
    {
        var security = operation.TryGetProperty("security", out var own) ? own : globalSecurity;
        return security is { ValueKind: JsonValueKind.Array } requirements
            ? requirements.EnumerateArray()
                .Where(r => r.ValueKind == JsonValueKind.Object)
                .SelectMany(r => r.EnumerateObject())
                .Where(scheme => scheme.Value.ValueKind == JsonValueKind.Array)
                .SelectMany(scheme => scheme.Value.EnumerateArray().Select(role => role.GetString()!))
                .Distinct(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    // A create in the contract's terms: a POST whose success is 201 Created, or 202 Accepted with the job or run it
    // stored. Such operations are refused when the tenant holds as many records as it may (storage limits).
    private static bool CreatesResource(string method, JsonElement operation) =>
        method.Equals("post", StringComparison.OrdinalIgnoreCase)
        && operation.TryGetProperty("responses", out var responses)
        && (responses.TryGetProperty("201", out _) || responses.TryGetProperty("202", out _));

    // Public operations say so explicitly: `security: []` (or an empty requirement `{}`).
    // Anything else, including a contract that forgot to say, requires a token.
    private static bool RequiresAuth(JsonElement operation, JsonElement? globalSecurity)
    {
        var security = operation.TryGetProperty("security", out var own) ? own : globalSecurity;
        if (security is not { ValueKind: JsonValueKind.Array } requirements)
        {
            return true;
        }

        return requirements.GetArrayLength() > 0
            && !requirements.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.Object && !r.EnumerateObject().Any());
    }

    private static ParameterDescriptor ReadParameter(ContractDocument document, JsonElement parameter, string pointer)
    {
        if (parameter.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            pointer = target[(target.IndexOf('#', StringComparison.Ordinal) + 1)..];
            parameter = document.Resolve(pointer) ?? throw new InvalidOperationException($"The contract references a missing parameter {target}.");
        }

        var name = parameter.GetProperty("name").GetString()!;
        var location = parameter.GetProperty("in").GetString()!;
        var required = parameter.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
        var hasSchema = parameter.TryGetProperty("schema", out var schema);
        return new ParameterDescriptor(
            name,
            location,
            required,
            hasSchema ? document.CompileSchemaAt(pointer + "/schema") : null,
            hasSchema ? schema : null);
    }

    private static RequestBodyDescriptor? ReadRequestBody(ContractDocument document, JsonElement operation, string operationPointer)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return null;
        }

        var pointer = operationPointer + "/requestBody";
        if (body.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            pointer = target[(target.IndexOf('#', StringComparison.Ordinal) + 1)..];
            body = document.Resolve(pointer) ?? throw new InvalidOperationException($"The contract references a missing request body {target}.");
        }

        var required = body.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
        var mediaTypes = new List<string>();
        Json.Schema.JsonSchema? schema = null;
        JsonElement? schemaElement = null;
        if (body.TryGetProperty("content", out var content))
        {
            foreach (var media in content.EnumerateObject())
            {
                mediaTypes.Add(media.Name);
                if (schema is null && media.Value.TryGetProperty("schema", out var s))
                {
                    schema = document.CompileSchemaAt($"{pointer}/content/{JsonPointers.Escape(media.Name)}/schema");
                    schemaElement = s;
                }
            }
        }

        return new RequestBodyDescriptor(required, mediaTypes, schema, schemaElement, SchemaTypes.PropertyNames(schemaElement));
    }
}
