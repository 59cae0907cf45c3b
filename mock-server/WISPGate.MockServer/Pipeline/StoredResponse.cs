namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// A rendered response kept for idempotent replay: status, request id, exact body bytes, the handler's headers, and the
/// secrets in the body (a replay is logged masked like the first answer).
/// </summary>
internal sealed record StoredResponse(int Status, string RequestId, byte[] Body, string ContentType, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> Secrets);
