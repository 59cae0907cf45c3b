using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Store;

/// <summary>
/// An API key (<c>key_…</c>): a bearer token with its scopes, the tenants it may act for and the tenant used when none is
/// named. Only a hash of the secret is kept (<see cref="TokenHash"/>); <see cref="Token"/> is set on the copy that
/// createApiKey and rollApiKey answer, never on the stored entity.
/// </summary>
internal sealed record ApiKey : IEntity
{
    /// <summary>The read scope (GETs).</summary>
    public const string ReadScope = "read";

    /// <summary>The write scope (POST, PATCH, DELETE).</summary>
    public const string WriteScope = "write";

    /// <summary>The admin scope (API key management).</summary>
    public const string AdminScope = "admin";

    /// <summary>The environment of the mock server: every key it accepts is a test key.</summary>
    public const string TestEnvironment = "test";

    /// <summary>The production environment (<c>wgk_live_…</c> keys).</summary>
    public const string LiveEnvironment = "live";

    /// <summary>The token prefix of live keys.</summary>
    public const string LivePrefix = "wgk_live_";

    /// <summary>The token prefix of test keys.</summary>
    public const string TestPrefix = "wgk_test_";

    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>What the key is for.</summary>
    public required string Name { get; init; }

    /// <summary>The first characters of the token: recognisable, not usable.</summary>
    public required string Prefix { get; init; }

    /// <summary>The scopes.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The tenants it may act for.</summary>
    public required IReadOnlyList<string> Tenants { get; init; }

    /// <summary><c>test</c> or <c>live</c>.</summary>
    public required string Environment { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a request last authenticated with it (to the second).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>When it stops working.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When it was revoked.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>The secret, only on the answer of create and roll (null, so omitted, everywhere else).</summary>
    public string? Token { get; init; }

    /// <summary>SHA-256 of the secret (lower-case hex): what the server looks a presented token up by. Never serialized.</summary>
    [JsonIgnore]
    public string TokenHash { get; init; } = string.Empty;

    /// <summary>The tenant used when a request names none; null when the key must name one. Never serialized.</summary>
    [JsonIgnore]
    public string? DefaultTenant { get; init; }

    /// <summary>Whether the key has a scope.</summary>
    public bool Has(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);

    /// <summary>The prefix shown for a token: its environment part and the next four characters.</summary>
    public static string PrefixOf(string token)
    {
        var head = token.StartsWith(TestPrefix, StringComparison.Ordinal) ? TestPrefix.Length
            : token.StartsWith(LivePrefix, StringComparison.Ordinal) ? LivePrefix.Length
            : 0;
        return token[..Math.Min(token.Length, head + 4)];
    }
}
