namespace WISPGate.MockServer.Seed;

/// <summary>
/// An API token of a seed file: the token, its scopes and tenants, and optionally the key id and name it shows as
/// (<c>GET /api/v1/me</c>, <c>listApiKeys</c>); without them the key gets the next <c>key_</c> id and a name from its scopes.
/// </summary>
internal sealed record SeedToken(string Token, IReadOnlyList<string> Scopes, IReadOnlyList<string> Tenants, string? DefaultTenant, string? Id = null, string? Name = null);
