using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>
/// Compares what the SDK writes with a documented JSON shape. Differences that carry no meaning are
/// allowed: a property the document shows as <c>null</c> may be left out (the SDK does not write unset
/// values), and timestamps are compared as instants (<c>Z</c> and <c>+00:00</c> are the same time).
/// </summary>
internal static class JsonShape
{
    /// <summary>The first difference as "path: explanation", or <see langword="null"/> when <paramref name="actual"/> has the documented shape.</summary>
    public static string? Difference(JsonNode? documented, JsonNode? actual, string path = "$")
    {
        switch (documented)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, found {actual.ToJsonString()}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object, found {actual?.ToJsonString() ?? "null"}";
                }

                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        if (value is not null)
                        {
                            return $"{path}.{name}: missing (documented {value.ToJsonString()})";
                        }

                        continue;
                    }

                    if (Difference(value, actualObject[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return actualObject.Select(pair => pair.Key).FirstOrDefault(name => !expectedObject.ContainsKey(name)) is { } extra
                    ? $"{path}.{extra}: not documented, found {actualObject[extra]?.ToJsonString() ?? "null"}"
                    : null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{path}: expected {expectedArray.ToJsonString()}, found {actual?.ToJsonString() ?? "null"}";
                }

                return expectedArray.Select((item, index) => Difference(item, actualArray[index], $"{path}[{index}]")).FirstOrDefault(difference => difference is not null);
            default:
                return SameValue(documented.AsValue(), actual) ? null : $"{path}: expected {documented.ToJsonString()}, found {actual?.ToJsonString() ?? "null"}";
        }
    }

    private static bool SameValue(JsonValue documented, JsonNode? actual)
    {
        if (actual is not JsonValue actualValue)
        {
            return false;
        }

        if (documented.GetValueKind() == JsonValueKind.String && actualValue.GetValueKind() == JsonValueKind.String
            && IsTimestamp(documented.GetValue<string>(), out var expectedTime) && IsTimestamp(actualValue.GetValue<string>(), out var actualTime))
        {
            return expectedTime == actualTime;
        }

        return JsonNode.DeepEquals(documented, actualValue);
    }

    private static bool IsTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }
}
