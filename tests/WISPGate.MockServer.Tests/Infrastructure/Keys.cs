namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>Small header helpers.</summary>
public static class Keys
{
    /// <summary>Headers with an idempotency key.</summary>
    public static IReadOnlyDictionary<string, string> Idempotency(string key) => new Dictionary<string, string> { ["X-Idempotency-Key"] = key };

    /// <summary>Headers naming a tenant.</summary>
    public static IReadOnlyDictionary<string, string> Tenant(string tenant) => new Dictionary<string, string> { ["X-Tenant-ID"] = tenant };

    /// <summary>One header.</summary>
    public static IReadOnlyDictionary<string, string> Header(string name, string value) => new Dictionary<string, string> { [name] = value };
}
