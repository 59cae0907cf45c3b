using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Http;

// Settable, like every wire envelope type here: see ApiEnvelope<T>.
/// <summary>The error envelope: <c>{"success": false, "error": {…}, "meta": {…}}</c>.</summary>
internal sealed class ErrorResponse
{
    public bool Success { get; set; }

    public ApiError? Error { get; set; }

    public ResponseMeta? Meta { get; set; }
}
