namespace WISPGate.MockServer.Store;

/// <summary>An API token: its scopes, the tenants it may act for, and the tenant used when none is named.</summary>
internal sealed record ApiToken(string Token, IReadOnlySet<string> Scopes, IReadOnlyList<string> Tenants, string? DefaultTenant)
{
    /// <summary>The read scope.</summary>
    public const string ReadScope = "read";

    /// <summary>The write scope.</summary>
    public const string WriteScope = "write";
}
