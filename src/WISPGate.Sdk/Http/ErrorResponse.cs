using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Http;

/// <summary>The error envelope: <c>{"success": false, "error": {…}, "meta": {…}}</c>.</summary>
internal sealed class ErrorResponse
{
    public bool Success { get; init; }

    public ApiError? Error { get; init; }

    public ResponseMeta? Meta { get; init; }
}
