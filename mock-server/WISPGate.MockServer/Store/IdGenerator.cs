using System.Collections.Concurrent;
using System.Globalization;

namespace WISPGate.MockServer.Store;

/// <summary>
/// Prefixed ids with a six-digit counter per prefix (<c>sub_000184</c>). Counters are server-wide, so an id
/// never exists in two tenants and another tenant's id is simply not found.
/// </summary>
internal sealed class IdGenerator
{
    private readonly ConcurrentDictionary<string, long> _last = new(StringComparer.Ordinal);

    /// <summary>The next id for a prefix (<c>sub</c> → <c>sub_000184</c>).</summary>
    public string Next(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}_{_last.AddOrUpdate(prefix, 1, (_, last) => last + 1):D6}");

    /// <summary>Makes sure later ids of the same prefix come after an existing one (used when seeding).</summary>
    public void Observe(string id)
    {
        var separator = id.LastIndexOf('_');
        if (separator <= 0 || !long.TryParse(id.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }

        var prefix = id[..separator];
        _last.AddOrUpdate(prefix, number, (_, last) => Math.Max(last, number));
    }

    /// <summary>The last number handed out per prefix, ordered by prefix (ordinal): what a state snapshot stores.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Counters() =>
        _last.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

    /// <summary>Makes the last number of a prefix at least <paramref name="last"/> (loading a state snapshot).</summary>
    public void Raise(string prefix, long last) => _last.AddOrUpdate(prefix, last, (_, current) => Math.Max(current, last));
}
