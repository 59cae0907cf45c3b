namespace WISPGate.MockServer;

/// <summary>
/// One API request the server answered, as <see cref="RequestLog"/> keeps it: what it was and how it was answered, never a
/// secret (no token, no body, no query string).
/// </summary>
public sealed record ReceivedRequest
{
    /// <summary>When the answer was ready, on the server clock.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The HTTP method, upper case.</summary>
    public required string Method { get; init; }

    /// <summary>The path, without the query string (e.g. <c>/api/v1/subscribers/sub_000184</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The contract's <c>operationId</c> (e.g. <c>createSubscriber</c>), or <see langword="null"/> when no operation matched.</summary>
    public string? OperationId { get; init; }

    /// <summary>The HTTP status answered; 0 when the connection was dropped on purpose (an injected fault).</summary>
    public required int Status { get; init; }

    /// <summary>The <c>X-Request-ID</c> answered (a replay answers with the first request's).</summary>
    public required string RequestId { get; init; }

    /// <summary>The <c>X-Idempotency-Key</c> sent, or <see langword="null"/>.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The tenant the request acted for (the caller's, else the <c>X-Tenant-ID</c> sent), or <see langword="null"/>.</summary>
    public string? TenantId { get; init; }

    /// <summary>Whether the answer was an idempotent replay (<c>X-Idempotent-Replayed: true</c>).</summary>
    public bool Replayed { get; init; }
}
