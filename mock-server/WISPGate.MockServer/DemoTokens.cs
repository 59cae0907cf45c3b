namespace WISPGate.MockServer;

/// <summary>The tokens and tenants of the demo seed (<c>--seed demo</c>, the default; also <c>--seed empty</c>).</summary>
public sealed record DemoTokens
{
    /// <summary>The demo tokens.</summary>
    public static DemoTokens Default { get; } = new();

    /// <summary><c>wgk_test_demo</c> (<c>key_000001</c>): read, write and admin (API keys), tenant <c>tenant_demo_001</c>.</summary>
    public string ReadWrite { get; init; } = "wgk_test_demo";

    /// <summary><c>wgk_test_readonly</c>: read only, tenant <c>tenant_demo_001</c>.</summary>
    public string ReadOnly { get; init; } = "wgk_test_readonly";

    /// <summary><c>wgk_test_partner</c>: read + write on both demo tenants; must send <c>X-Tenant-ID</c>.</summary>
    public string Partner { get; init; } = "wgk_test_partner";

    /// <summary>The first demo tenant, <c>tenant_demo_001</c>.</summary>
    public string Tenant { get; init; } = "tenant_demo_001";

    /// <summary>The second demo tenant, <c>tenant_demo_002</c>.</summary>
    public string SecondTenant { get; init; } = "tenant_demo_002";
}
