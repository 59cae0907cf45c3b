using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// A state snapshot, read and validated (<see cref="StateReader"/>): what it holds, ready to build fresh states from
/// (once for an import, at start and on every reset for a <c>--seed</c> snapshot).
/// </summary>
/// <param name="WholeServer">A whole-server snapshot (<c>"scope": "server"</c>) rather than one of some tenants.</param>
/// <param name="ClockNow">The server clock at export; null when the snapshot has none.</param>
/// <param name="IdCounters">The last number of each id prefix.</param>
/// <param name="ApiKeys">The API keys, oldest first (whole-server snapshots).</param>
/// <param name="Tenants">The tenants.</param>
internal sealed record StateDocument(
    bool WholeServer,
    DateTimeOffset? ClockNow,
    IReadOnlyList<KeyValuePair<string, long>> IdCounters,
    IReadOnlyList<ApiKey> ApiKeys,
    IReadOnlyList<SnapshotTenant> Tenants)
{
    /// <summary>The format name (<c>"format"</c>).</summary>
    public const string Format = "wispgate-mock-state";

    /// <summary>The version this server writes and reads (<c>"version"</c>).</summary>
    public const int Version = 1;

    /// <summary><c>"scope"</c> of a whole-server snapshot.</summary>
    public const string ServerScope = "server";

    /// <summary><c>"scope"</c> of a snapshot of one tenant.</summary>
    public const string TenantScope = "tenant";

    /// <summary>A fresh whole state (new collections, counters and key store) with the clock and idempotency records as extras.</summary>
    public MockState Build(StorageLimits limits)
    {
        var ids = NewIds();
        var tenants = new Dictionary<string, TenantData>(StringComparer.Ordinal);
        foreach (var tenant in Tenants)
        {
            tenants[tenant.Id] = tenant.Build(limits, ids);
        }

        var keys = new ApiKeyStore(limits);
        foreach (var key in ApiKeys)
        {
            ids.Observe(key.Id);
            keys.Keys.Add(key);
        }

        // The banner prints the public demo tokens a state accepts; a snapshot keeps only hashes, so ask the hashes.
        var demo = DemoTokens.Default;
        var seedTokens = new[] { demo.ReadWrite, demo.ReadOnly, demo.Partner }.Where(t => keys.FindByToken(t) is not null).ToList();
        return new MockState(tenants, keys, seedTokens, ids)
        {
            Extras = new SnapshotExtras(ClockNow, Tenants.ToDictionary(t => t.Id, t => t.Idempotency, StringComparer.Ordinal)),
        };
    }

    /// <summary>An id generator at the snapshot's counters.</summary>
    public IdGenerator NewIds()
    {
        var ids = new IdGenerator();
        foreach (var (prefix, last) in IdCounters)
        {
            ids.Raise(prefix, last);
        }

        return ids;
    }
}
