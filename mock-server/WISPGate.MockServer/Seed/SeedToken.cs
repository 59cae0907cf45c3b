namespace WISPGate.MockServer.Seed;

/// <summary>An API token of a seed file.</summary>
internal sealed record SeedToken(string Token, IReadOnlyList<string> Scopes, IReadOnlyList<string> Tenants, string? DefaultTenant);
