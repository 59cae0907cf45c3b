namespace WISPGate.Sdk.Identity;

/// <summary>A tenant the token may act for.</summary>
public sealed record MeTenant
{
    /// <summary>The tenant id (the value for <see cref="RequestOptions.TenantId"/> / <c>X-Tenant-ID</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether requests without a tenant id act for this tenant.</summary>
    public required bool Default { get; init; }
}
