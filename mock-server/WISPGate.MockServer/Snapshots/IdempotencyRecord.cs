using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Snapshots;

/// <summary>A finished idempotency key of a tenant as a state snapshot keeps it: the key, what the request was, when, and the answer it replays.</summary>
/// <param name="Key">The <c>X-Idempotency-Key</c>.</param>
/// <param name="Fingerprint">The request's fingerprint (method, path, query, body): a different request with the key is 422.</param>
/// <param name="CreatedAt">When the key was first used (it is kept 24 hours from then, by the server clock).</param>
/// <param name="Response">The stored response.</param>
internal sealed record IdempotencyRecord(string Key, string Fingerprint, DateTimeOffset CreatedAt, RenderedResponse Response);
