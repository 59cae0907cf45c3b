using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The ordered steps every API request goes through. The last step dispatches to the handler.
/// A step that throws yields a 500 envelope: the server never answers with a stack trace or a hang.
/// </summary>
internal sealed class RequestPipeline
{
    private readonly IReadOnlyList<IPipelineStep> _steps;

    /// <summary>Creates the pipeline from its steps, outermost first.</summary>
    public RequestPipeline(IReadOnlyList<IPipelineStep> steps) => _steps = steps;

    /// <summary>Runs the request through every step.</summary>
    public async ValueTask<ApiResult> ExecuteAsync(ApiRequest request)
    {
        try
        {
            return await InvokeAsync(0, request);
        }
#pragma warning disable CA1031 // The contract promises an envelope for every failure, including our own bugs.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // A bug of the mock server itself: say so on stderr, answer with the envelope.
            await Console.Error.WriteLineAsync($"[WISPGate mock server] {request.Method} {request.Path} failed: {exception}");
            return ApiResult.InternalError(exception);
        }
    }

    private ValueTask<ApiResult> InvokeAsync(int index, ApiRequest request) =>
        index < _steps.Count
            ? _steps[index].InvokeAsync(request, () => InvokeAsync(index + 1, request))
            : throw new InvalidOperationException("The pipeline ended without a handler.");
}
