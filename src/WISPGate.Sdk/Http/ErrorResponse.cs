using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Http;

// Settable (internal, read once): the JSON source generator fills setters directly; init-only
// properties would take its slower constructor-argument path on every response.
/// <summary>The error envelope: <c>{"success": false, "error": {…}, "meta": {…}}</c>.</summary>
internal sealed class ErrorResponse
{
    public bool Success { get; set; }

    public ApiError? Error { get; set; }

    public ResponseMeta? Meta { get; set; }
}
