namespace WISPGate.MockServer.Seed;

/// <summary>A tenant of a seed file.</summary>
internal sealed record SeedTenant(string Id, string? Name);
