namespace WISPGate.MockServer.Identity;

/// <summary>Body of createApiKey (shape, scopes and formats already checked against the contract).</summary>
internal sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string>? Tenants, DateTimeOffset? ExpiresAt);
