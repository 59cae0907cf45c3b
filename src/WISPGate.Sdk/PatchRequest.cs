using System.Runtime.CompilerServices;
using System.Text.Json;

namespace WISPGate.Sdk;

/// <summary>
/// The base of PATCH bodies (<c>Update…Request</c>): only the properties you assign are sent, and
/// assigning <see langword="null"/> sends <c>null</c>, which clears the field. So
/// <c>new UpdateSubscriberRequest { Email = "a@b.c", Phone = null }</c> changes the e-mail, clears the
/// phone and leaves everything else as it is. Patch properties have setters rather than
/// <c>init</c> so that a patch read from JSON also remembers exactly the fields it carried.
/// </summary>
public abstract record PatchRequest
{
    // Assigned values by wire (snake_case) name; a property that is not here is not sent.
    private readonly Dictionary<string, object?> _assigned;

    /// <summary>Creates an empty patch.</summary>
    protected PatchRequest() => _assigned = new(StringComparer.Ordinal);

    /// <summary>Copies a patch (for <c>with</c> expressions); the copy has its own assignments.</summary>
    /// <param name="original">The patch to copy.</param>
    protected PatchRequest(PatchRequest original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _assigned = new(original._assigned, StringComparer.Ordinal);
    }

    /// <summary>Whether the property with this wire name was assigned (and will be sent).</summary>
    internal bool IsAssigned(string wireName) => _assigned.ContainsKey(wireName);

    /// <summary>The value of an assigned property, or the default.</summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="property">The calling property (filled by the compiler).</param>
    /// <returns>The assigned value or <see langword="default"/>.</returns>
    protected T? Get<T>([CallerMemberName] string property = "") =>
        _assigned.TryGetValue(WireName(property), out var value) ? (T?)value : default;

    /// <summary>Records an assignment (null included).</summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="value">The assigned value.</param>
    /// <param name="property">The calling property (filled by the compiler).</param>
    protected void Set<T>(T value, [CallerMemberName] string property = "") => _assigned[WireName(property)] = value;

    /// <summary>Two patches are equal when they assign the same values to the same properties.</summary>
    /// <param name="other">The other patch.</param>
    /// <returns>Whether both patches send the same body.</returns>
    public virtual bool Equals(PatchRequest? other) =>
        other is not null
        && EqualityContract == other.EqualityContract
        && _assigned.Count == other._assigned.Count
        && _assigned.All(pair => other._assigned.TryGetValue(pair.Key, out var value) && Equals(pair.Value, value));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(EqualityContract);
        foreach (var key in _assigned.Keys.Order(StringComparer.Ordinal))
        {
            hash.Add(key);
        }

        return hash.ToHashCode();
    }

    private static string WireName(string property) => JsonNamingPolicy.SnakeCaseLower.ConvertName(property);
}
