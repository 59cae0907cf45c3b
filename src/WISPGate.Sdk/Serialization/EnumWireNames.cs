using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// The wire spelling of an SDK enum: snake_case of the member name, or its
/// <see cref="JsonStringEnumMemberNameAttribute"/> when present. The member with value 0 is
/// <c>Unknown</c>: it stands for any value this SDK version does not know and has no spelling.
/// </summary>
internal static class EnumWireNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> s_names = BuildNames();
    private static readonly Dictionary<string, TEnum> s_values =
        s_names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The wire value, or <see langword="null"/> for <c>Unknown</c> and undefined values.</summary>
    public static string? ToWire(TEnum value) => s_names.TryGetValue(value, out var name) ? name : null;

    /// <summary>The member for a wire value; <c>Unknown</c> (default) for anything this SDK does not know.</summary>
    public static TEnum Parse(string? wire) =>
        wire is not null && s_values.TryGetValue(wire, out var value) ? value : default;

    private static Dictionary<TEnum, string> BuildNames()
    {
        var names = new Dictionary<TEnum, string>();
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            if (EqualityComparer<TEnum>.Default.Equals(value, default))
            {
                continue;
            }

            names[value] = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(field.Name);
        }

        return names;
    }
}
