using System.Globalization;
using Microsoft.Extensions.Primitives;
using WISPGate.MockServer.Contract;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// Typed access to query parameters. Values were already validated against the operation's parameter
/// schemas, so these helpers only convert.
/// </summary>
internal sealed class QueryReader
{
    private readonly IReadOnlyDictionary<string, StringValues> _values;
    private Dictionary<string, IReadOnlySet<string>>? _lists;

    /// <summary>Wraps parsed query values.</summary>
    public QueryReader(IReadOnlyDictionary<string, StringValues> values) => _values = values;

    /// <summary>A single value, or null when absent or empty.</summary>
    public string? Get(string name) =>
        _values.TryGetValue(name, out var values) && !string.IsNullOrEmpty(values.ToString()) ? values[0] : null;

    /// <summary>A comma-separated (or repeated) list, or null when absent: <c>status=active,suspended</c>.</summary>
    /// <remarks>Parsed once per request: list filters ask for every row of the page.</remarks>
    public IReadOnlySet<string>? List(string name)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            return null;
        }

        _lists ??= new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (!_lists.TryGetValue(name, out var list))
        {
            list = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
            _lists[name] = list;
        }

        return list;
    }

    /// <summary>Whether a filter is absent or lists <paramref name="value"/>.</summary>
    public bool Matches(string name, string? value) => List(name) is not { Count: > 0 } allowed || (value is not null && allowed.Contains(value));

    /// <summary>A timestamp, or null.</summary>
    public DateTimeOffset? Timestamp(string name) =>
        Get(name) is { } text && WireTimestamp.TryParse(text, out var value) ? value : null;

    /// <summary>A boolean, or null.</summary>
    public bool? Boolean(string name) => Get(name) is { } text && bool.TryParse(text, out var value) ? value : null;

    /// <summary>An integer, or null.</summary>
    public long? Integer(string name) =>
        Get(name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Whether a free-text search (<c>q</c>) is absent or found, case-insensitively, in any of the fields.</summary>
    public bool Search(string name, params ReadOnlySpan<string?> fields)
    {
        if (Get(name) is not { } needle)
        {
            return true;
        }

        foreach (var field in fields)
        {
            if (field?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }
}
