namespace WISPGate.MockServer;

/// <summary>
/// A fault to inject into the next <see cref="Times"/> requests matching <see cref="Method"/> and <see cref="Path"/>:
/// answer with <see cref="Status"/> (and <see cref="RetryAfterSeconds"/>), wait <see cref="DelayMilliseconds"/> first,
/// close the connection before doing anything (<see cref="DropBefore"/>), or do the work, store it for idempotency
/// and then close the connection (<see cref="DropAfterCommit"/>: the "lost response").
/// </summary>
public sealed record FaultRule
{
    /// <summary>HTTP method to match (<c>POST</c>), or <c>*</c> for any.</summary>
    public required string Method { get; init; }

    /// <summary>
    /// Path to match: a literal request path (<c>/api/v1/subscribers/sub_000184</c>) or a path template of the contract
    /// (<c>/api/v1/subscribers/{id}</c>).
    /// </summary>
    public required string Path { get; init; }

    /// <summary>Answer with this status (400–599) and an error envelope instead of running the request.</summary>
    public int? Status { get; init; }

    /// <summary>With <see cref="Status"/>: the <c>Retry-After</c> header, in seconds.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>
    /// Wall-clock delay in milliseconds (0–300,000). With <see cref="Status"/> or <see cref="DropBefore"/>: before
    /// answering. Alone (or with <see cref="DropAfterCommit"/>): the operation itself runs that much later, its
    /// idempotency key in use meanwhile.
    /// </summary>
    public int DelayMilliseconds { get; init; }

    /// <summary>Close the connection without doing anything.</summary>
    public bool DropBefore { get; init; }

    /// <summary>Run the request (its response is stored for idempotency), then close the connection without answering.</summary>
    public bool DropAfterCommit { get; init; }

    /// <summary>How many matching requests the fault applies to (default 1).</summary>
    public int Times { get; init; } = 1;
}
