namespace WISPGate.Sdk.Errors;

/// <summary>The <c>error</c> object of an error envelope.</summary>
public sealed record ApiError
{
    /// <summary>The machine-readable error code, e.g. <c>duplicate_subscriber</c>, <c>validation_error</c>.</summary>
    public required string Code { get; init; }

    /// <summary>A human-readable explanation.</summary>
    public required string Message { get; init; }

    /// <summary>The request field the error is about, when there is one.</summary>
    public string? Field { get; init; }

    /// <summary>Field-level problems of a validation error.</summary>
    public IReadOnlyList<ErrorDetail>? Details { get; init; }
}
