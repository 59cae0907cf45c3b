using System.Net;

namespace WISPGate.Sdk;

/// <summary>
/// What every call returns besides its data: the HTTP status, the request id to quote to
/// WISPGate support, and the idempotency key the SDK sent (the same on every retry of the call).
/// </summary>
public class WispGateResponse
{
    /// <summary>Creates the response information (for tests and mocks; the SDK builds it from responses).</summary>
    /// <param name="statusCode">The HTTP status of the final attempt.</param>
    /// <param name="requestId">The API's request id (<c>meta.request_id</c> / <c>X-Request-ID</c>).</param>
    /// <param name="idempotencyKey">The <c>X-Idempotency-Key</c> sent, if any.</param>
    /// <param name="idempotentReplayed">Whether the API replayed a stored response for the key.</param>
    /// <param name="attempts">How many HTTP attempts the call took (1 when no retry happened).</param>
    public WispGateResponse(
        HttpStatusCode statusCode,
        string? requestId = null,
        string? idempotencyKey = null,
        bool idempotentReplayed = false,
        int attempts = 1)
    {
        StatusCode = statusCode;
        RequestId = requestId;
        IdempotencyKey = idempotencyKey;
        IdempotentReplayed = idempotentReplayed;
        Attempts = attempts;
    }

    /// <summary>Copies the response information of another response.</summary>
    /// <param name="info">The response information to copy.</param>
    protected WispGateResponse(WispGateResponse info)
    {
        ArgumentNullException.ThrowIfNull(info);
        StatusCode = info.StatusCode;
        RequestId = info.RequestId;
        IdempotencyKey = info.IdempotencyKey;
        IdempotentReplayed = info.IdempotentReplayed;
        Attempts = info.Attempts;
        RateLimit = info.RateLimit;
        ApiVersion = info.ApiVersion;
    }

    /// <summary>The HTTP status of the final attempt.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The API's request id (<c>req_…</c>); quote it to WISPGate support.</summary>
    public string? RequestId { get; }

    /// <summary>The <c>X-Idempotency-Key</c> the call carried (every POST has one), or <see langword="null"/>.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>Whether the API answered from its idempotency store (<c>X-Idempotent-Replayed: true</c>): the operation had already run.</summary>
    public bool IdempotentReplayed { get; }

    /// <summary>How many HTTP attempts the call took (1 when no retry happened).</summary>
    public int Attempts { get; }

    /// <summary>
    /// The token's rate-limit window after this call (<c>RateLimit-*</c> headers of the final attempt), or
    /// <see langword="null"/> when the answer did not carry them.
    /// </summary>
    public WispGateRateLimit? RateLimit { get; init; }

    /// <summary>The API version that answered (<c>meta.api_version</c>, e.g. <c>v1</c>), or <see langword="null"/> when the answer had no envelope.</summary>
    public string? ApiVersion { get; init; }
}
