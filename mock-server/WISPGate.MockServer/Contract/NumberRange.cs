using System.Globalization;
using System.Text.Json;

namespace WISPGate.MockServer.Contract;

/// <summary>
/// Finds JSON numbers the schema library cannot compare (beyond ±7.9 × 10^28, such as <c>1e400</c>: JsonSchema.Net
/// reads numbers as <see cref="decimal"/> for <c>uniqueItems</c>, <c>enum</c>, <c>minimum</c>… and throws). They are
/// refused as out of range before any schema runs, so no keyword ever sees one.
/// </summary>
internal static class NumberRange
{
    /// <summary>One violation per unrepresentable number of the instance (empty when all fit).</summary>
    public static IReadOnlyList<SchemaViolation> Violations(JsonElement instance)
    {
        List<SchemaViolation>? found = null;
        Visit(instance, string.Empty, ref found);
        return found ?? (IReadOnlyList<SchemaViolation>)[];
    }

    private static void Visit(JsonElement element, string pointer, ref List<SchemaViolation>? found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                var field = JsonPointers.ToFieldPath(pointer);
                var subject = field.Length == 0 ? "The body" : field;
                (found ??= []).Add(new SchemaViolation(field, "out_of_range", $"{subject} is out of the supported number range."));
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Visit(property.Value, pointer + "/" + JsonPointers.Escape(property.Name), ref found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), ref found);
                    index++;
                }

                break;
        }
    }
}
