namespace WISPGate.Sdk.Identity;

/// <summary>The token a request authenticated with (never its secret).</summary>
public sealed partial record MeToken
{
    /// <summary>The API key id, <c>key_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the key is for.</summary>
    public required string Name { get; init; }

    /// <summary>The first characters of the token (<c>wgk_test_3f9a</c>).</summary>
    public required string Prefix { get; init; }

    /// <summary>What the token may do.</summary>
    public required partial IReadOnlyList<ApiKeyScope> Scopes { get; init; }

    /// <summary>
    /// <see cref="Scopes"/> its items as wire strings, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Scopes"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial IReadOnlyList<string>? ScopesRaw { get; init; }

    /// <summary>The environment of the token.</summary>
    public required partial ApiKeyEnvironment Environment { get; init; }

    /// <summary>
    /// <see cref="Environment"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Environment"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? EnvironmentRaw { get; init; }

    /// <summary>When the token stops working; <see langword="null"/> when it does not expire.</summary>
    public required DateTimeOffset? ExpiresAt { get; init; }
}
