namespace WISPGate.MockServer.Handlers;

/// <summary>
/// Lets handler helpers end a request with an error from deep inside (<c>ctx.Require&lt;T&gt;(id)</c> → 404).
/// The handler step turns it back into its <see cref="Result"/>.
/// </summary>
internal sealed class ApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiException(ApiResult result)
        : base(result.Error?.Message ?? "API error") => Result = result;

    /// <summary>Creates the exception (required by the analyzers; prefer the result overload).</summary>
    public ApiException()
        : this(ApiResult.Failure(500, ErrorCodes.InternalError, "Unexpected error."))
    {
    }

    /// <summary>Creates the exception (required by the analyzers; prefer the result overload).</summary>
    public ApiException(string message)
        : this(ApiResult.Failure(500, ErrorCodes.InternalError, message))
    {
    }

    /// <summary>Creates the exception (required by the analyzers; prefer the result overload).</summary>
    public ApiException(string message, Exception innerException)
        : base(message, innerException) => Result = ApiResult.Failure(500, ErrorCodes.InternalError, message);

    /// <summary>The answer to send.</summary>
    public ApiResult Result { get; }
}
