using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>Maps <see cref="IReconciliationRunsClient"/> onto the Refit routes; all machinery lives in <see cref="WispGateApi{TApi}"/>.</summary>
internal sealed class ReconciliationRunsClient(WispGateApi<IReconciliationRunsApi> api) : IReconciliationRunsClient
{
    public Task<WispGateResponse<ReconciliationRun>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }
}
