namespace WISPGate.Sdk.Provisioning;

/// <summary>The body of <c>POST /api/v1/provisioning-jobs/{id}/nak</c>: why your network refused the job.</summary>
public sealed record NakProvisioningJobRequest
{
    /// <summary>
    /// The RFC 5176 Error-Cause, 400–599 (4xx: the request was wrong, e.g. 404 Invalid-Request; 5xx: it could not be
    /// done, e.g. 503 Session-Context-Not-Found, 506 Resources-Unavailable).
    /// </summary>
    public required int ErrorCause { get; init; }

    /// <summary>What went wrong, in words (kept on the job; 1–500 characters).</summary>
    public string? ErrorMessage { get; init; }
}
