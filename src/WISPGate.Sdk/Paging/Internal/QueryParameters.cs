using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Paging;

/// <summary>Flat query parameters in the API's spelling: unset values are left out, lists are comma-separated, times are ISO 8601 UTC.</summary>
internal sealed class QueryParameters
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public void Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Values[name] = value;
        }
    }

    public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public void Add(string name, DateOnly? value) => Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void Add(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));

    public void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum =>
        Add(name, value is null ? null : (IReadOnlyCollection<TEnum>)[value.Value]);

    public void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(
        string name, IReadOnlyCollection<TEnum>? values)
        where TEnum : struct, Enum
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        Add(name, string.Join(',', values.Select(value => EnumWireNames<TEnum>.ToWire(value)
            ?? throw new ArgumentException($"{typeof(TEnum).Name}.{value} cannot be used as a filter.", name))));
    }
}
