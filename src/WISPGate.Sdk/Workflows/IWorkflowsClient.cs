using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// Workflows: automations that run actions (notify, wait, check, suspend, reactivate, …) when an event happens, on the
/// server clock and under the same rules as the API. Every method takes optional <see cref="RequestOptions"/> and a
/// <see cref="CancellationToken"/>; failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IWorkflowsClient
{
    /// <summary>Lists one page of workflows, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listWorkflows", "GET", "/api/v1/workflows")]
    Task<Page<Workflow>> ListAsync(WorkflowListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every workflow matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The workflows.</returns>
    [WispGateOperation("listWorkflows", "GET", "/api/v1/workflows")]
    IAsyncEnumerable<Workflow> ListAllAsync(WorkflowListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a workflow from a template or a full definition; it starts <c>disabled</c> unless the request says <c>enabled</c>. The answer carries the workflow's signing <see cref="Workflow.Secret"/> (only this once).</summary>
    /// <param name="request">The template (and overrides) or the definition.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created workflow.</returns>
    [WispGateOperation("createWorkflow", "POST", "/api/v1/workflows")]
    Task<WispGateResponse<Workflow>> CreateAsync(CreateWorkflowRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a workflow.</summary>
    /// <param name="id">The workflow id (<c>wf_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow.</returns>
    [WispGateOperation("getWorkflow", "GET", "/api/v1/workflows/{id}")]
    Task<WispGateResponse<Workflow>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a workflow's name, description, trigger or actions; only the properties set in <paramref name="request"/> change. Runs already started keep their definition.</summary>
    /// <param name="id">The workflow id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated workflow.</returns>
    [WispGateOperation("updateWorkflow", "PATCH", "/api/v1/workflows/{id}")]
    Task<WispGateResponse<Workflow>> UpdateAsync(string id, UpdateWorkflowRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a workflow; its unfinished runs are cancelled, finished runs stay listed.</summary>
    /// <param name="id">The workflow id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer (204, no body).</returns>
    [WispGateOperation("deleteWorkflow", "DELETE", "/api/v1/workflows/{id}")]
    Task<WispGateResponse> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Enables a workflow: matching events from now on start runs.</summary>
    /// <param name="id">The workflow id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The enabled workflow.</returns>
    [WispGateOperation("enableWorkflow", "POST", "/api/v1/workflows/{id}/enable")]
    Task<WispGateResponse<Workflow>> EnableAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Disables a workflow: no new runs start; running and waiting runs finish.</summary>
    /// <param name="id">The workflow id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The disabled workflow.</returns>
    [WispGateOperation("disableWorkflow", "POST", "/api/v1/workflows/{id}/disable")]
    Task<WispGateResponse<Workflow>> DisableAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Dry-runs a workflow against a recorded or made-up event: whether the trigger matches, each condition and which actions would run. Nothing changes.</summary>
    /// <param name="id">The workflow id.</param>
    /// <param name="request">The event (recorded id or made-up).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the workflow would do.</returns>
    [WispGateOperation("testWorkflow", "POST", "/api/v1/workflows/{id}/test")]
    Task<WispGateResponse<WorkflowTestResult>> TestAsync(string id, TestWorkflowRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
