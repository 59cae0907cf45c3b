using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Filters and page of <see cref="IProvisioningJobsClient.ListAsync"/>.</summary>
public sealed record ProvisioningJobListOptions : ListOptions
{
    /// <summary>Only jobs in one of these states (<c>status=queued,sent</c>).</summary>
    public IReadOnlyList<ProvisioningJobStatus>? Status { get; init; }

    /// <summary>Only jobs doing one of these actions.</summary>
    public IReadOnlyList<ProvisioningAction>? Action { get; init; }

    /// <summary>Only jobs acting on this service (<c>svc_…</c>) or session (<c>ses_…</c>).</summary>
    public string? TargetId { get; init; }

    /// <summary>Only jobs created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only jobs created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("status", Status);
        query.Add("action", Action);
        query.Add("target_id", TargetId);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
