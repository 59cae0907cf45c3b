namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Gives every request an id: the client's <c>X-Request-ID</c> when it is safe (1–64 of <c>A-Z a-z 0-9 . _ : -</c>),
/// else <c>req_</c> + 16 random hex digits (the validation step then answers 400 <c>invalid_parameter</c> for a
/// malformed one, as the contract declares the header). Every response carries it in <c>X-Request-ID</c> and
/// <c>meta.request_id</c>.
/// </summary>
internal sealed class RequestIdStep : IPipelineStep
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "X-Request-ID";

    /// <inheritdoc />
    public async ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        request.RequestId = IsSafe(request.Header(HeaderName)) ? request.Header(HeaderName)! : NewId();
        var result = await next();
        result.Headers[HeaderName] = request.RequestId;
        return result;
    }

    /// <summary>A fresh request id.</summary>
    /// <remarks>An id only needs to be unique, not unguessable: the shared PRNG, not a system call per request.</remarks>
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[8];
        Random.Shared.NextBytes(bytes);
        return "req_" + Convert.ToHexStringLower(bytes);
    }

    /// <summary>Whether a client-sent id may be echoed.</summary>
    public static bool IsSafe(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
