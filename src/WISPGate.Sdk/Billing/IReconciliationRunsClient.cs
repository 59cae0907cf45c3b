namespace WISPGate.Sdk.Billing;

/// <summary>
/// Reconciliation runs started by <see cref="IPaymentsClient.ReconcileAsync"/>: their state and the matches they made. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IReconciliationRunsClient
{
    /// <summary>Lists one page of reconciliation runs, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; <see cref="Paging.Page{T}.NextCursor"/> leads to the next one.</returns>
    [WispGateOperation("listReconciliationRuns", "GET", "/api/v1/reconciliation-runs")]
    Task<Paging.Page<ReconciliationRun>> ListAsync(ReconciliationRunListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>All reconciliation runs matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The runs, newest first; one page is held in memory at a time.</returns>
    [WispGateOperation("listReconciliationRuns", "GET", "/api/v1/reconciliation-runs")]
    IAsyncEnumerable<ReconciliationRun> ListAllAsync(ReconciliationRunListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a reconciliation run: its state, the allocations it made and the payments it could not match.</summary>
    /// <param name="id">The reconciliation run id (<c>rec_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run.</returns>
    [WispGateOperation("getReconciliationRun", "GET", "/api/v1/reconciliation-runs/{id}")]
    Task<WispGateResponse<ReconciliationRun>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
