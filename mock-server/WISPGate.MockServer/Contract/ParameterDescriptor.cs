using System.Text.Json;
using Json.Schema;

namespace WISPGate.MockServer.Contract;

/// <summary>A query, header or path parameter of an operation, with its compiled schema.</summary>
internal sealed record ParameterDescriptor(
    string Name,
    string Location,
    bool Required,
    JsonSchema? Schema,
    JsonElement? SchemaElement)
{
    /// <summary>The JSON type the raw string value converts to (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c>).</summary>
    public string ValueType => SchemaTypes.PrimaryType(SchemaElement) ?? "string";

    /// <summary>For arrays: the JSON type of the items.</summary>
    public string ItemType => SchemaTypes.PrimaryType(SchemaTypes.Items(SchemaElement)) ?? "string";

    /// <summary>The schema's default value, if any.</summary>
    public JsonElement? Default => SchemaTypes.Keyword(SchemaElement, "default");
}
