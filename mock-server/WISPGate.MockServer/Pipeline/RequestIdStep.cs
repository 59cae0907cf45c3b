using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Gives every request an id (<see cref="RequestIds.FromClient"/>): the client's <c>X-Request-ID</c> when it is safe,
/// else a fresh one (the validation step then answers 400 <c>invalid_parameter</c> for a malformed one, as the
/// contract declares the header). Every response carries it in <c>X-Request-ID</c> and <c>meta.request_id</c>.
/// </summary>
internal sealed class RequestIdStep : IPipelineStep
{
    /// <inheritdoc />
    public async ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        request.RequestId = RequestIds.FromClient(request.Header(RequestIds.HeaderName));
        var result = await next();
        result.Headers[RequestIds.HeaderName] = request.RequestId;
        return result;
    }
}
