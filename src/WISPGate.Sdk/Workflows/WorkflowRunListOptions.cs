using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Workflows;

/// <summary>Filters and page of <see cref="IWorkflowRunsClient.ListAsync"/>.</summary>
public sealed record WorkflowRunListOptions : ListOptions
{
    /// <summary>Only runs of this workflow (<c>wf_…</c>).</summary>
    public string? WorkflowId { get; init; }

    /// <summary>Only runs in one of these states (<c>status=waiting,running</c>).</summary>
    public IReadOnlyList<WorkflowRunStatus>? Status { get; init; }

    /// <summary>Only runs about this resource (<c>inv_…</c>, <c>sub_…</c>, …).</summary>
    public string? SubjectId { get; init; }

    /// <summary>Only runs created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only runs created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("workflow_id", WorkflowId);
        query.Add("status", Status);
        query.Add("subject_id", SubjectId);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
