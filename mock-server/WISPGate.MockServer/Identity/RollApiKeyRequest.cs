namespace WISPGate.MockServer.Identity;

/// <summary>Body of rollApiKey (optional).</summary>
internal sealed record RollApiKeyRequest(long? ExpirePreviousInSeconds);
