using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Pipeline;

/// <summary>One cross-cutting rule of the contract, applied to every request: answer now, or call the next step.</summary>
internal interface IPipelineStep
{
    /// <summary>Handles the request or delegates to <paramref name="next"/>.</summary>
    ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next);
}
