namespace WISPGate.MockServer.Store;

/// <summary>The whole world of the mock server at one moment: tenants with their data, tokens, id counters.</summary>
internal sealed class MockState
{
    /// <summary>Creates a state.</summary>
    public MockState(IReadOnlyDictionary<string, TenantData> tenants, IReadOnlyDictionary<string, ApiToken> tokens, IdGenerator ids)
    {
        Tenants = tenants;
        Tokens = tokens;
        Ids = ids;
    }

    /// <summary>Tenants by id.</summary>
    public IReadOnlyDictionary<string, TenantData> Tenants { get; }

    /// <summary>API tokens by token string.</summary>
    public IReadOnlyDictionary<string, ApiToken> Tokens { get; }

    /// <summary>The id counters.</summary>
    public IdGenerator Ids { get; }
}
