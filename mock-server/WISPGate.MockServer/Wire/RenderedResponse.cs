namespace WISPGate.MockServer.Wire;

/// <summary>
/// A response as <see cref="ResponseRenderer"/> rendered it: status, the request id it carries (<c>X-Request-ID</c>,
/// <c>meta.request_id</c>), the exact body bytes, the headers, and the secrets in the body (logged masked). What an
/// idempotent replay sends again, and what a state snapshot keeps of it.
/// </summary>
internal sealed record RenderedResponse(int Status, string RequestId, byte[] Body, string ContentType, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> Secrets);
