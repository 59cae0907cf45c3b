using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Contract;

/// <summary>Turns the raw text of a query or header parameter into the JSON value its schema describes.</summary>
internal static class ParameterValues
{
    /// <summary>Converts; false (with a reason) when the text cannot be that type.</summary>
    public static bool TryConvert(ParameterDescriptor parameter, IReadOnlyList<string> raw, out JsonElement value, out string problem)
    {
        value = default;
        problem = string.Empty;
        JsonNode? node;
        if (parameter.ValueType == "array")
        {
            var items = new JsonArray();
            foreach (var text in raw.SelectMany(r => r.Split(',', StringSplitOptions.TrimEntries)))
            {
                if (!TryScalar(parameter.ItemType, text, out var item))
                {
                    problem = $"{parameter.Name} must be a comma-separated list of {parameter.ItemType} values.";
                    return false;
                }

                items.Add(item);
            }

            node = items;
        }
        else if (!TryScalar(parameter.ValueType, raw.Count > 0 ? raw[0] : string.Empty, out node))
        {
            problem = $"{parameter.Name} must be {(parameter.ValueType == "integer" ? "an integer" : "a " + parameter.ValueType)}.";
            return false;
        }

        value = JsonSerializer.SerializeToElement(node);
        return true;
    }

    private static bool TryScalar(string type, string text, out JsonNode? node)
    {
        node = null;
        switch (type)
        {
            case "integer":
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return false;
                }

                node = JsonValue.Create(integer);
                return true;
            case "number":
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return false;
                }

                node = JsonValue.Create(number);
                return true;
            case "boolean":
                if (text is not ("true" or "false"))
                {
                    return false;
                }

                node = JsonValue.Create(text == "true");
                return true;
            default:
                node = JsonValue.Create(text);
                return true;
        }
    }
}
