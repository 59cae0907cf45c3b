using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="IReconciliationRunsClient.ListAsync"/>.</summary>
public sealed record ReconciliationRunListOptions : ListOptions
{
    /// <summary>Only runs in one of these states (<c>status=completed,failed</c>).</summary>
    public IReadOnlyList<ReconciliationRunStatus>? Status { get; init; }

    /// <summary>Only runs created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only runs created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("status", Status);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
