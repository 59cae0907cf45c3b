using Polly;

namespace WISPGate.Sdk.Http;

/// <summary>
/// The resilience pipeline of one client registration (keyed by its options name), built once by
/// <see cref="WispGateResilience.Build"/> when the first handler chain is made.
/// </summary>
internal sealed class WispGateResiliencePipeline(ResiliencePipeline<HttpResponseMessage> pipeline)
{
    /// <summary>The pipeline every handler chain of the registration shares.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; } = pipeline;
}
