using System.Text;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>
/// Turns an operation's request example into a mutated body: by type (wrong JSON kinds, out-of-range numbers and dates),
/// by size (huge strings, deep nesting, bodies over 1 MiB), by encoding (invalid UTF-8, lone surrogates, BOM, truncated
/// or non-object JSON, duplicate names) and by shape (missing, null or unknown fields). <paramref name="slot"/> picks the
/// value to change among all values of the example (wrapping), so generation needs no knowledge of the schema.
/// </summary>
public static class BodyMutations
{
    /// <summary>The mutations, by name.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "valid", "wrong_type", "out_of_range_number", "bad_date", "huge_string", "odd_string", "remove_field", "null_field",
        "unknown_field", "deep_nesting", "invalid_utf8", "lone_surrogate", "truncated", "not_an_object", "empty", "oversized",
        "bom", "duplicate_name",
    ];

    private static readonly JsonNode?[] WrongKinds = [JsonValue.Create(42), JsonValue.Create("text"), JsonValue.Create(true), new JsonArray(1, 2), new JsonObject { ["a"] = 1 }, JsonValue.Create(-0.5)];

    private static readonly string[] Numbers =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1e308", "-1", "0", "1.5",
        "1e2", "2147483648", "-2147483649", "123456789012345678901234567890", "0.0000000001", "-0",
    ];

    private static readonly string[] Dates =
    [
        "0000-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2026-02-30T00:00:00Z",
        "2026-01-01T23:59:60Z", "2026-01-01_00:00:00Z", "0000-01-01", "9999-12-31", "10000-01-01T00:00:00Z", "2026-13-01",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "%252F", "../../etc/passwd", "sub_000178%00", "\u0000", "\u202Eevil", "😀😀😀", "' OR 1=1 --", "<script>",
        "\r\nX-Injected: 1", "ａｂｃ", "null", "9223372036854775808", "sub_000183", "inv_000001", "*", "http://127.0.0.1:9/x",
    ];

    /// <summary>The body bytes for a mutation of the example; null for no body.</summary>
    public static byte[]? Apply(JsonNode? example, string mutation, int slot, int choice, bool form)
    {
        var root = example?.DeepClone() ?? new JsonObject();
        Sanitize(root);
        var slots = Slots(root).ToList();
        var (parent, key) = slots.Count > 0 ? slots[slot % slots.Count] : (null, null);
        switch (mutation)
        {
            case "wrong_type":
                Set(parent, key, WrongKinds[choice % WrongKinds.Length]?.DeepClone());
                break;
            case "out_of_range_number":
                Set(parent, key, JsonNode.Parse("\"__NUMBER__\""));
                return Render(root, form, text => text.Replace("\"__NUMBER__\"", Numbers[choice % Numbers.Length], StringComparison.Ordinal));
            case "bad_date":
                Set(parent, key, JsonValue.Create(Dates[choice % Dates.Length]));
                break;
            case "huge_string":
                Set(parent, key, JsonValue.Create(new string('x', new[] { 256, 5_000, 200_000 }[choice % 3])));
                break;
            case "odd_string":
                Set(parent, key, JsonValue.Create(OddStrings[choice % OddStrings.Length]));
                break;
            case "remove_field":
                Remove(parent, key);
                break;
            case "null_field":
                Set(parent, key, null);
                break;
            case "unknown_field":
                (parent as JsonObject ?? root as JsonObject)?.TryAdd("zz_unknown_" + choice, 1);
                break;
            case "deep_nesting":
                var depth = new[] { 63, 65, 5_000 }[choice % 3];
                Set(parent, key, JsonNode.Parse("\"__DEEP__\""));
                return Render(root, form, text => text.Replace("\"__DEEP__\"", new string('[', depth) + new string(']', depth), StringComparison.Ordinal));
            case "invalid_utf8":
                Set(parent, key, JsonValue.Create("__BYTES__"));
                return Splice(Render(root, form), "__BYTES__", [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80]);
            case "lone_surrogate":
                Set(parent, key, JsonValue.Create("__SURROGATE__"));
                return Render(root, form, text => text.Replace("__SURROGATE__", choice % 2 == 0 ? "\\ud800" : "\\udfff\\u0000", StringComparison.Ordinal));
            case "truncated":
                var whole = Render(root, form);
                return whole[..(whole.Length == 0 ? 0 : choice % whole.Length)];
            case "not_an_object":
                return Encoding.UTF8.GetBytes(new[] { "[]", "null", "42", "\"x\"", "true", "[{}]", "{", "}" }[choice % 8]);
            case "empty":
                return [];
            case "oversized":
                (root as JsonObject)?.TryAdd("zz_padding", new string('p', (1024 * 1024) + 10));
                break;
            case "bom":
                return [0xEF, 0xBB, 0xBF, .. Render(root, form)];
            case "duplicate_name":
                return Render(root, form, text => text.StartsWith('{') && text.Length > 2 ? "{\"zz\":1,\"zz\":2," + text[1..] : text);
        }

        return Render(root, form);
    }

    // Never let a generated body make the server call out: any URL becomes a closed loopback port.
    private static void Sanitize(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                if (name == "url" && obj[name] is JsonValue)
                {
                    obj[name] = "http://127.0.0.1:9/fuzz-hook";
                }
                else if (obj[name] is { } child)
                {
                    Sanitize(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                Sanitize(item);
            }
        }
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                yield return (obj, name);
                if (child is not null)
                {
                    foreach (var inner in Slots(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                yield return (array, i);
                if (array[i] is { } child)
                {
                    foreach (var inner in Slots(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static void Set(JsonNode? parent, object? key, JsonNode? value)
    {
        if (parent is JsonObject obj && key is string name)
        {
            obj[name] = value;
        }
        else if (parent is JsonArray array && key is int index)
        {
            array[index] = value;
        }
    }

    private static void Remove(JsonNode? parent, object? key)
    {
        if (parent is JsonObject obj && key is string name)
        {
            obj.Remove(name);
        }
        else if (parent is JsonArray array && key is int index)
        {
            array.RemoveAt(index);
        }
    }

    private static byte[] Render(JsonNode root, bool form, Func<string, string>? edit = null)
    {
        if (form && root is JsonObject obj)
        {
            var text = string.Join('&', obj.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? string.Empty)));
            return Encoding.UTF8.GetBytes(edit?.Invoke(text) ?? text);
        }

        var json = root.ToJsonString();
        return Encoding.UTF8.GetBytes(edit?.Invoke(json) ?? json);
    }

    private static byte[] Splice(byte[] bytes, string marker, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker));
        return at < 0 ? bytes : [.. bytes[..at], .. replacement, .. bytes[(at + marker.Length)..]];
    }
}
