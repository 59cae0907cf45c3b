namespace WISPGate.Sdk.Errors;

/// <summary>One field-level problem of a validation error.</summary>
public sealed record ErrorDetail
{
    /// <summary>The offending field, as a JSON path in the request body (e.g. <c>address.postal_code</c>).</summary>
    public required string Field { get; init; }

    /// <summary>A machine-readable problem code (e.g. <c>invalid_format</c>).</summary>
    public required string Code { get; init; }

    /// <summary>A human-readable description.</summary>
    public required string Message { get; init; }
}
