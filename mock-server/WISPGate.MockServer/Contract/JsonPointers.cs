using System.Text;
using System.Text.Json;

namespace WISPGate.MockServer.Contract;

/// <summary>Small JSON Pointer (RFC 6901) helpers over <see cref="JsonElement"/>.</summary>
internal static class JsonPointers
{
    /// <summary>Escapes one pointer segment.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Splits a pointer into unescaped segments.</summary>
    public static IReadOnlyList<string> Segments(string pointer) =>
        string.IsNullOrEmpty(pointer) || pointer == "/"
            ? []
            : pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    /// <summary>Finds the element at <paramref name="pointer"/>, or null.</summary>
    public static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var segment in Segments(pointer))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Turns an instance pointer into the field notation used in errors: <c>address.city</c>, <c>lines[0].amount</c>.</summary>
    public static string ToFieldPath(string pointer, string? child = null)
    {
        var builder = new StringBuilder();
        var segments = Segments(pointer).ToList();
        if (child is not null)
        {
            segments.Add(child);
        }

        foreach (var segment in segments)
        {
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit) && builder.Length > 0)
            {
                builder.Append('[').Append(segment).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment);
            }
        }

        return builder.ToString();
    }
}
