namespace WISPGate.MockServer.Pipeline;

/// <summary>A rendered response kept for idempotent replay: status, request id, exact body bytes, and the handler's headers.</summary>
internal sealed record StoredResponse(int Status, string RequestId, byte[] Body, string ContentType, IReadOnlyDictionary<string, string> Headers);
