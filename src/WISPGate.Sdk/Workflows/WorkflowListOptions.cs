using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Workflows;

/// <summary>Filters and page of <see cref="IWorkflowsClient.ListAsync"/>.</summary>
public sealed record WorkflowListOptions : ListOptions
{
    /// <summary>Only workflows in one of these states (<c>status=enabled</c>).</summary>
    public IReadOnlyList<WorkflowStatus>? Status { get; init; }

    /// <summary>Only workflows triggered by this event type, e.g. <c>invoice.overdue</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>Only workflows made from this template, e.g. <c>dunning</c>.</summary>
    public string? TemplateId { get; init; }

    /// <summary>Only workflows created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only workflows created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("status", Status);
        query.Add("event_type", EventType);
        query.Add("template_id", TemplateId);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
