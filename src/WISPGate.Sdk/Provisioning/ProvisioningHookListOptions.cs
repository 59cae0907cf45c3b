using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Filters and page of <see cref="IProvisioningHooksClient.ListAsync"/>.</summary>
public sealed record ProvisioningHookListOptions : ListOptions
{
    /// <summary>Only hooks created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only hooks created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
