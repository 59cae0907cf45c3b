using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The reconciliation-runs routes as Refit sees them; <see cref="ReconciliationRunsClient"/> is the public face.</summary>
internal interface IReconciliationRunsApi
{
    [Get("/api/v1/reconciliation-runs")]
    Task<ListEnvelope<ReconciliationRun>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/reconciliation-runs/{id}")]
    Task<ApiEnvelope<ReconciliationRun>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
