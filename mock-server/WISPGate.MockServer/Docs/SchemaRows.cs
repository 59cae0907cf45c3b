using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Docs;

/// <summary>Flattens a JSON schema into the rows of a schema table: <c>data.address.city</c> style names.</summary>
internal static class SchemaRows
{
    private const int MaxDepth = 3;

    public static List<SchemaRow> Flatten(OpenApiView view, JsonNode? schema)
    {
        var rows = new List<SchemaRow>();
        Walk(view, schema, prefix: "", rows, depth: 0);
        return rows;
    }

    private static void Walk(OpenApiView view, JsonNode? schemaNode, string prefix, List<SchemaRow> rows, int depth)
    {
        var schema = Unwrap(view, schemaNode) as JsonObject;
        if (schema?["properties"] is not JsonObject properties || depth > MaxDepth)
        {
            return;
        }

        var required = (schema["required"] as JsonArray ?? []).Select(r => r?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            var fullName = prefix + name;
            var resolved = Unwrap(view, property) as JsonObject;
            rows.Add(new SchemaRow(fullName, TypeOf(view, property), required.Contains(name), Describe(property, resolved)));

            var itemSchema = resolved?["items"] is { } items ? Unwrap(view, items) : null;
            if (itemSchema?["properties"] is not null)
            {
                Walk(view, itemSchema, fullName + "[].", rows, depth + 1);
            }
            else if (resolved?["properties"] is not null)
            {
                Walk(view, resolved, fullName + ".", rows, depth + 1);
            }
        }
    }

    /// <summary>Resolves a ref and picks the non-null branch of a nullable <c>anyOf</c>/<c>oneOf</c>.</summary>
    private static JsonNode? Unwrap(OpenApiView view, JsonNode? node)
    {
        node = view.Resolve(node);
        if (node is JsonObject obj && (obj["anyOf"] ?? obj["oneOf"]) is JsonArray branches)
        {
            var nonNull = branches.Where(b => b?["type"]?.ToString() != "null").ToList();
            if (nonNull.Count == 1)
            {
                return view.Resolve(nonNull[0]);
            }
        }

        return node;
    }

    private static string TypeOf(OpenApiView view, JsonNode? property)
    {
        if (OpenApiView.RefName(property) is { } refName)
        {
            var target = view.Resolve(property);
            return target?["enum"] is JsonArray ? $"enum {refName}" : refName;
        }

        if (property is not JsonObject obj)
        {
            return "any";
        }

        if ((obj["anyOf"] ?? obj["oneOf"]) is JsonArray branches)
        {
            return string.Join(" | ", branches.Select(b => TypeOf(view, b)));
        }

        var type = obj["type"] switch
        {
            JsonArray types => string.Join(" | ", types.Select(t => t?.GetValue<string>())),
            JsonValue value => value.GetValue<string>(),
            _ => obj["const"] is not null ? "const" : "any",
        };
        if (obj["items"] is { } items)
        {
            type = type.Replace("array", TypeOf(view, items) + "[]", StringComparison.Ordinal);
        }

        return obj["format"] is JsonValue format ? $"{type} ({format.GetValue<string>()})" : type;
    }

    private static string Describe(JsonNode? property, JsonObject? resolved)
    {
        var description = property?["description"]?.GetValue<string>() ?? resolved?["description"]?.GetValue<string>() ?? "";
        if (resolved?["enum"] is JsonArray values)
        {
            description = (description + " One of: " + string.Join(", ", values.Select(v => v?.ToString()))).Trim();
        }

        return description;
    }
}

/// <summary>One row of a schema table.</summary>
internal sealed record SchemaRow(string Name, string Type, bool Required, string Description);
