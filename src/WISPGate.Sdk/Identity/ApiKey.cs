namespace WISPGate.Sdk.Identity;

/// <summary>
/// An API key (a bearer token) with its scopes and tenants. The secret <see cref="Token"/> is only in the answers of
/// <see cref="IApiKeysClient.CreateAsync"/> and <see cref="IApiKeysClient.RollAsync"/>; WISPGate keeps only a hash of it.
/// </summary>
public sealed partial record ApiKey
{
    /// <summary>The WISPGate id, <c>key_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the key is for.</summary>
    public required string Name { get; init; }

    /// <summary>The first characters of the token (<c>wgk_test_3f9a</c>): enough to recognise a key, never enough to use it.</summary>
    public required string Prefix { get; init; }

    /// <summary>What the key may do.</summary>
    public required partial IReadOnlyList<ApiKeyScope> Scopes { get; init; }

    /// <summary>
    /// <see cref="Scopes"/> its items as wire strings, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Scopes"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial IReadOnlyList<string>? ScopesRaw { get; init; }

    /// <summary>The tenant ids the key may act for.</summary>
    public required IReadOnlyList<string> Tenants { get; init; }

    /// <summary>The environment of the key (its prefix says it too).</summary>
    public required partial ApiKeyEnvironment Environment { get; init; }

    /// <summary>
    /// <see cref="Environment"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Environment"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? EnvironmentRaw { get; init; }

    /// <summary>When the key was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a request last authenticated with the key (to the second); <see langword="null"/> when never.</summary>
    public required DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>When the key stops working (401 <c>token_expired</c> after it); <see langword="null"/> when it does not expire.</summary>
    public required DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When the key was revoked (401 <c>token_revoked</c> since); <see langword="null"/> while it is not.</summary>
    public required DateTimeOffset? RevokedAt { get; init; }

    /// <summary>
    /// The secret bearer token (<c>wgk_test_…</c> / <c>wgk_live_…</c>): only in the answer of create and roll — store it
    /// then (in a secret store, never in logs); it is never returned again.
    /// </summary>
    public string? Token { get; init; }

    /// <summary>Leaves the secret <see cref="Token"/> out of the text, so that logging a key never leaks it.</summary>
    /// <param name="builder">The text so far.</param>
    /// <returns>Always <see langword="true"/>.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Name = ").Append(Name).Append(", Prefix = ").Append(Prefix)
            .Append(", Environment = ").Append(Environment).Append(", Token = ").Append(Token is null ? "null" : "***");
        return true;
    }
}
