using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// The built-in workflow templates (<c>dunning</c>, <c>reactivation</c>, …): create a workflow from one with
/// <see cref="CreateWorkflowRequest.TemplateId"/>. Every method takes optional <see cref="RequestOptions"/> and a
/// <see cref="CancellationToken"/>; failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IWorkflowTemplatesClient
{
    /// <summary>Lists one page of the built-in workflow templates.</summary>
    /// <param name="options">The page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listWorkflowTemplates", "GET", "/api/v1/workflow-templates")]
    Task<Page<WorkflowTemplate>> ListAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every built-in workflow template, fetched page by page as you enumerate.</summary>
    /// <param name="options">Page size and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The templates.</returns>
    [WispGateOperation("listWorkflowTemplates", "GET", "/api/v1/workflow-templates")]
    IAsyncEnumerable<WorkflowTemplate> ListAllAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
