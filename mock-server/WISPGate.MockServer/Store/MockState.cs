namespace WISPGate.MockServer.Store;

/// <summary>The whole world of the mock server at one moment: tenants with their data, API keys, id counters.</summary>
internal sealed class MockState
{
    /// <summary>Creates a state.</summary>
    public MockState(IReadOnlyDictionary<string, TenantData> tenants, ApiKeyStore apiKeys, IReadOnlyList<string> seedTokens, IdGenerator ids)
    {
        Tenants = tenants;
        ApiKeys = apiKeys;
        SeedTokens = seedTokens;
        Ids = ids;
    }

    /// <summary>Tenants by id.</summary>
    public IReadOnlyDictionary<string, TenantData> Tenants { get; }

    /// <summary>The API keys (the seed's tokens and those created through the API), looked up by the hash of their secret.</summary>
    public ApiKeyStore ApiKeys { get; }

    /// <summary>The token strings of the seed file (public demo tokens, or a team's own: the banner decides what to print).</summary>
    public IReadOnlyList<string> SeedTokens { get; }

    /// <summary>The id counters.</summary>
    public IdGenerator Ids { get; }

    /// <summary>
    /// What a state snapshot adds beyond the data (the clock, idempotency records), applied when this state becomes
    /// current (start, reset, import); null for a state built from a seed file.
    /// </summary>
    public Snapshots.SnapshotExtras? Extras { get; init; }
}
