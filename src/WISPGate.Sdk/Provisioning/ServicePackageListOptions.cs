using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Filters and page of <see cref="IServicePackagesClient.ListAsync"/>.</summary>
public sealed record ServicePackageListOptions : ListOptions
{
    /// <summary>Only archived (<see langword="true"/>) or only current (<see langword="false"/>) packages; both when unset.</summary>
    public bool? Archived { get; init; }

    /// <summary>Text search over the name and description (<c>q</c>).</summary>
    public string? Search { get; init; }

    /// <summary>Only service packages created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only service packages created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("archived", Archived);
        query.Add("q", Search);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
