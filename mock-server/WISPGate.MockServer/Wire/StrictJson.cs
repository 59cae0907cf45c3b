using System.Text.Json;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Wire;

/// <summary>The one strict reader of JSON request bodies (the API's content step and the admin endpoints).</summary>
internal static class StrictJson
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Parses one JSON document strictly: well-formed UTF-8 (a leading byte order mark aside), no duplicate names, no lone
    /// surrogate escapes, nesting up to <see cref="BodyLimits.MaxJsonDepth"/>; <paramref name="problem"/> says what is wrong.
    /// </summary>
    public static bool TryParse(byte[] bytes, out JsonElement parsed, out string problem)
    {
        parsed = default;
        problem = string.Empty;
        try
        {
            // RFC 8259 lets parsers ignore a UTF-8 byte order mark; be lenient about it.
            var json = bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = BodyLimits.MaxJsonDepth, AllowDuplicateProperties = false });
            if (!HasValidStrings(document.RootElement))
            {
                problem = "a string is not valid UTF-8 or contains an invalid Unicode escape.";
                return false;
            }

            parsed = document.RootElement.Clone();
            return true;
        }
        catch (JsonException exception)
        {
            problem = WireJson.Problem(exception);
            return false;
        }
        catch (InvalidOperationException)
        {
            // The duplicate-name check unescapes names and trips over lone surrogates.
            problem = "a property name contains an invalid Unicode escape.";
            return false;
        }
    }

    // Escaped lone surrogates ("\ud800") parse, but cannot become .NET strings; find them now, not in a handler.
    private static bool HasValidStrings(JsonElement element)
    {
        try
        {
            return Visit(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static bool Visit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        Visit(property.Value);
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Visit(item);
                    }

                    return true;
                default:
                    return true;
            }
        }
    }
}
