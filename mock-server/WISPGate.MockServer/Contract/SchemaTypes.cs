using System.Text.Json;

namespace WISPGate.MockServer.Contract;

/// <summary>Reads simple facts (type, items, properties) from schema elements of the contract, following <c>$ref</c>.</summary>
internal static class SchemaTypes
{
    /// <summary>Follows <c>$ref</c> chains within the document.</summary>
    public static JsonElement? Deref(JsonElement? schema)
    {
        for (var hops = 0; hops < 16 && schema is { ValueKind: JsonValueKind.Object } s; hops++)
        {
            if (!s.TryGetProperty("$ref", out var reference) || reference.GetString() is not { } target)
            {
                return s;
            }

            schema = ContractDocument.Instance.Resolve(target);
        }

        return schema;
    }

    /// <summary>A keyword of the (dereferenced) schema.</summary>
    public static JsonElement? Keyword(JsonElement? schema, string keyword) =>
        Deref(schema) is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(keyword, out var value) ? value : null;

    /// <summary>The first non-null type of the schema (<c>type: [integer, null]</c> → <c>integer</c>).</summary>
    public static string? PrimaryType(JsonElement? schema)
    {
        var type = Keyword(schema, "type");
        return type switch
        {
            { ValueKind: JsonValueKind.String } t => t.GetString(),
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.GetString()).FirstOrDefault(t => t != "null"),
            _ => null,
        };
    }

    /// <summary>The <c>items</c> schema of an array schema.</summary>
    public static JsonElement? Items(JsonElement? schema) => Keyword(schema, "items");

    /// <summary>Whether the property at <paramref name="path"/> (from the instance root) is required by its parent schema.</summary>
    public static bool IsRequired(JsonElement? schema, IReadOnlyList<string> path)
    {
        var parents = new List<JsonElement>();
        if (Deref(schema) is { } root)
        {
            parents.Add(root);
        }

        for (var i = 0; i < path.Count - 1 && parents.Count > 0; i++)
        {
            parents = parents.SelectMany(Alternatives).SelectMany(p => Child(p, path[i])).ToList();
        }

        return parents.SelectMany(Alternatives).Any(p =>
            p.TryGetProperty("required", out var required)
            && required.ValueKind == JsonValueKind.Array
            && required.EnumerateArray().Any(r => r.GetString() == path[^1]));

        static IEnumerable<JsonElement> Alternatives(JsonElement schema)
        {
            if (Deref(schema) is not { ValueKind: JsonValueKind.Object } s)
            {
                yield break;
            }

            yield return s;
            foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
            {
                if (s.TryGetProperty(keyword, out var parts) && parts.ValueKind == JsonValueKind.Array)
                {
                    foreach (var part in parts.EnumerateArray())
                    {
                        if (Deref(part) is { ValueKind: JsonValueKind.Object } resolved)
                        {
                            yield return resolved;
                        }
                    }
                }
            }
        }

        static IEnumerable<JsonElement> Child(JsonElement schema, string segment)
        {
            if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty(segment, out var property) && Deref(property) is { } p)
            {
                yield return p;
            }

            if (segment.All(char.IsAsciiDigit) && schema.TryGetProperty("items", out var items) && Deref(items) is { } i)
            {
                yield return i;
            }
        }
    }

    /// <summary>The property names a schema declares (including those of <c>allOf</c> parts).</summary>
    public static IReadOnlySet<string> PropertyNames(JsonElement? schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, names, 0);
        return names;

        static void Collect(JsonElement? schema, HashSet<string> names, int depth)
        {
            if (depth > 8 || Deref(schema) is not { ValueKind: JsonValueKind.Object } s)
            {
                return;
            }

            if (s.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    names.Add(property.Name);
                }
            }

            if (s.TryGetProperty("allOf", out var parts) && parts.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in parts.EnumerateArray())
                {
                    Collect(part, names, depth + 1);
                }
            }
        }
    }
}
