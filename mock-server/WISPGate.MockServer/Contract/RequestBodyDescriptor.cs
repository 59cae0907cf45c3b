using System.Text.Json;
using Json.Schema;

namespace WISPGate.MockServer.Contract;

/// <summary>The request body an operation accepts, with its compiled schema.</summary>
internal sealed record RequestBodyDescriptor(
    bool Required,
    IReadOnlyList<string> MediaTypes,
    JsonSchema? Schema,
    JsonElement? SchemaElement,
    IReadOnlySet<string> PropertyNames)
{
    /// <summary>Whether the body is JSON (as opposed to a form).</summary>
    public bool AcceptsJson => MediaTypes.Any(m => m.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the body must be a JSON object (the schema says <c>type: object</c>).</summary>
    public bool ExpectsObject => SchemaTypes.PrimaryType(SchemaElement) == "object";

    /// <summary>Whether the body is an HTML form (<c>application/x-www-form-urlencoded</c>).</summary>
    public bool AcceptsForm => MediaTypes.Any(m => m.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));
}
