namespace WISPGate.Sdk.Identity;

/// <summary>
/// The body of <c>POST /api/v1/api-keys</c>. Scopes and tenants must be ones the calling token has
/// (403 <c>insufficient_scope</c> / <c>tenant_forbidden</c>).
/// </summary>
public sealed partial record CreateApiKeyRequest
{
    /// <summary>What the key is for (1–100 characters).</summary>
    public required string Name { get; init; }

    /// <summary>What the key may do (1–3 distinct scopes).</summary>
    public required partial IReadOnlyList<ApiKeyScope> Scopes { get; init; }

    /// <summary>
    /// <see cref="Scopes"/> its items as wire strings, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Scopes"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial IReadOnlyList<string>? ScopesRaw { get; init; }

    /// <summary>The tenant ids the key may act for; default: the tenant the request acts for.</summary>
    public IReadOnlyList<string>? Tenants { get; init; }

    /// <summary>When the key stops working (must be in the future, else 422); default: never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
