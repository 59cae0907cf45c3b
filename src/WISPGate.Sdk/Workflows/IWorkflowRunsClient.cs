using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// Workflow runs: one per (workflow, event), with each step's state, result and error. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IWorkflowRunsClient
{
    /// <summary>Lists one page of workflow runs, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listWorkflowRuns", "GET", "/api/v1/workflow-runs")]
    Task<Page<WorkflowRun>> ListAsync(WorkflowRunListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every workflow run matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The runs.</returns>
    [WispGateOperation("listWorkflowRuns", "GET", "/api/v1/workflow-runs")]
    IAsyncEnumerable<WorkflowRun> ListAllAsync(WorkflowRunListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a workflow run with its steps.</summary>
    /// <param name="id">The run id (<c>wfr_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run.</returns>
    [WispGateOperation("getWorkflowRun", "GET", "/api/v1/workflow-runs/{id}")]
    Task<WispGateResponse<WorkflowRun>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a running or waiting run: it ends <c>cancelled</c> and its remaining steps never run. A finished run cannot be cancelled (409).</summary>
    /// <param name="id">The run id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cancelled run.</returns>
    [WispGateOperation("cancelWorkflowRun", "POST", "/api/v1/workflow-runs/{id}/cancel")]
    Task<WispGateResponse<WorkflowRun>> CancelAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
