using System.Diagnostics.CodeAnalysis;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// What the generated <c>…Raw</c> siblings of enum properties call (<c>WISPGate.Sdk.Generators/RawEnumPropertyGenerator</c>):
/// an SDK enum property keeps the raw wire string of a value this SDK version does not know next to its
/// <c>Unknown</c> member, so the value can be logged and sent back unchanged.
/// </summary>
internal static class RawEnum
{
    /// <summary>The wire string of a known value, else the kept raw string of an <c>Unknown</c> one.</summary>
    public static string? ToRaw<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value, string? unknownRaw)
        where TEnum : struct, Enum =>
        EnumWireNames<TEnum>.ToWire(value) ?? unknownRaw;

    /// <summary>The wire string of a known value, else the kept raw string of an <c>Unknown</c> one; <see langword="null"/> for no value.</summary>
    public static string? ToRaw<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum? value, string? unknownRaw)
        where TEnum : struct, Enum =>
        value is { } known ? ToRaw(known, unknownRaw) : null;

    /// <summary>The member for a raw string (<c>Unknown</c> for one this SDK does not know), and the string to keep for it.</summary>
    public static TEnum Parse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? raw, out string? unknownRaw)
        where TEnum : struct, Enum
    {
        var value = EnumWireNames<TEnum>.Parse(raw);
        unknownRaw = EnumWireNames<TEnum>.ToWire(value) is null ? raw : null;
        return value;
    }

    /// <summary>Like <see cref="Parse{TEnum}(string?, out string?)"/>; <see langword="null"/> stays <see langword="null"/>.</summary>
    public static TEnum? ParseNullable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? raw, out string? unknownRaw)
        where TEnum : struct, Enum
    {
        if (raw is null)
        {
            unknownRaw = null;
            return null;
        }

        return Parse<TEnum>(raw, out unknownRaw);
    }

    /// <summary>The raw strings of a list: the kept ones when some value was unknown, else the wire strings of the values.</summary>
    /// <exception cref="InvalidOperationException">The list holds <c>Unknown</c> without a raw string (built in code).</exception>
    public static IReadOnlyList<string>? ToRawList<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(
        IReadOnlyList<TEnum>? values, IReadOnlyList<string>? unknownRaws)
        where TEnum : struct, Enum
    {
        if (unknownRaws is not null || values is null)
        {
            return unknownRaws;
        }

        var raws = new string[values.Count];
        for (var index = 0; index < raws.Length; index++)
        {
            raws[index] = EnumWireNames<TEnum>.ToWire(values[index]) ?? throw new InvalidOperationException(
                $"{typeof(TEnum).Name}.{values[index]} at index {index} has no wire value: it stands for a value this SDK version does not know. Assign the raw strings instead.");
        }

        return raws;
    }

    /// <summary>The members for a list of raw strings, and the list to keep when one of them is unknown.</summary>
    [return: NotNullIfNotNull(nameof(raws))]
    public static IReadOnlyList<TEnum>? ParseList<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(
        IReadOnlyList<string>? raws, out IReadOnlyList<string>? unknownRaws)
        where TEnum : struct, Enum
    {
        unknownRaws = null;
        if (raws is null)
        {
            return null;
        }

        var values = new TEnum[raws.Count];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = EnumWireNames<TEnum>.Parse(raws[index]);
            if (EnumWireNames<TEnum>.ToWire(values[index]) is null)
            {
                unknownRaws = raws;
            }
        }

        return values;
    }

    /// <summary>The value a patch stores for an enum property: its wire string.</summary>
    /// <exception cref="ArgumentException"><c>Unknown</c>, which has no wire string.</exception>
    public static string? ToPatchValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum? value, string property)
        where TEnum : struct, Enum =>
        value is not { } known
            ? null
            : EnumWireNames<TEnum>.ToWire(known) ?? throw new ArgumentException(
                $"{typeof(TEnum).Name}.{known} cannot be sent: it stands for a value this SDK version does not know. Assign {property}Raw to send a raw wire value.",
                property);
}
