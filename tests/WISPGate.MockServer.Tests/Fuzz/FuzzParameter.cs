namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>A parameter of an operation: name, location (<c>path</c>, <c>query</c>, <c>header</c>) and its schema.</summary>
public sealed record FuzzParameter(string Name, string In, JsonElement Schema)
{
    /// <summary>The schema's <c>type</c> (the first non-null one), or <c>string</c>.</summary>
    public string Type => Schema.TryGetProperty("type", out var type)
        ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).First(t => t != "null") : type.GetString()!
        : "string";

    /// <summary>The schema's enum values (of the parameter or its items), if any.</summary>
    public IReadOnlyList<string> EnumValues
    {
        get
        {
            var schema = Schema.TryGetProperty("items", out var items) ? items : Schema;
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = ContractFile.ResolveElement(reference.GetString()!.TrimStart('#'));
            }

            return schema.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.ToString()).ToList() : [];
        }
    }
}
