using System.Globalization;
using System.Net;
using System.Text;

namespace WISPGate.Sdk.Errors;

/// <summary>
/// The API answered with an error status. Subclasses name the families callers handle
/// differently: <see cref="WispGateValidationException"/> (400/422),
/// <see cref="WispGateAuthenticationException"/> (401), <see cref="WispGateAuthorizationException"/> (403),
/// <see cref="WispGateNotFoundException"/> (404), <see cref="WispGateConflictException"/> (409),
/// <see cref="WispGateRateLimitException"/> (429) and <see cref="WispGateServerException"/> (5xx);
/// other statuses (405, 413, 415, …) are this class itself.
/// </summary>
public class WispGateApiException : WispGateException
{
    /// <summary>Creates the exception (for tests and mocks; the SDK builds it from error responses).</summary>
    /// <param name="statusCode">The HTTP status of the final attempt.</param>
    /// <param name="error">The <c>error</c> object of the envelope.</param>
    /// <param name="requestId">The API's request id.</param>
    /// <param name="idempotencyKey">The idempotency key the call carried.</param>
    /// <param name="attempts">How many HTTP attempts were made.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public WispGateApiException(
        HttpStatusCode statusCode,
        ApiError error,
        string? requestId = null,
        string? idempotencyKey = null,
        int attempts = 1,
        Exception? innerException = null)
        : base(Describe(statusCode, error, requestId, attempts), idempotencyKey, attempts, innerException)
    {
        // A null error is refused by Describe, which runs first (for the base constructor's message).
        StatusCode = statusCode;
        Error = error;
        RequestId = requestId;
    }

    /// <summary>The HTTP status of the final attempt.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The API's error object as received.</summary>
    public ApiError Error { get; }

    /// <summary>The machine-readable error code (e.g. <c>duplicate_subscriber</c>); <c>http_&lt;status&gt;</c> when the body was not an error envelope.</summary>
    public string Code => Error.Code;

    /// <summary>The request field the error is about, when there is one.</summary>
    public string? Field => Error.Field;

    /// <summary>Field-level problems (validation errors); empty when there are none.</summary>
    public IReadOnlyList<ErrorDetail> Details => Error.Details ?? [];

    /// <summary>The API's request id (<c>req_…</c>); quote it to WISPGate support.</summary>
    public string? RequestId { get; }

    private static string Describe(HttpStatusCode statusCode, ApiError error, string? requestId, int attempts)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = new StringBuilder(error.Message);
        text.Append(CultureInfo.InvariantCulture, $" (HTTP {(int)statusCode} {error.Code}");
        if (error.Field is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", field '{error.Field}'");
        }

        if (requestId is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", request {requestId}");
        }

        if (attempts > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $", after {attempts} attempts");
        }

        return text.Append(')').ToString();
    }
}
