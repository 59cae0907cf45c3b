namespace WISPGate.Sdk.Billing;

/// <summary>
/// Reconciliation runs started by <see cref="IPaymentsClient.ReconcileAsync"/>: their state and the matches they made. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IReconciliationRunsClient
{
    /// <summary>Gets a reconciliation run: its state, the allocations it made and the payments it could not match.</summary>
    /// <param name="id">The reconciliation run id (<c>rec_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run.</returns>
    [WispGateOperation("getReconciliationRun")]
    Task<WispGateResponse<ReconciliationRun>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
