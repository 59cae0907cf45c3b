using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Subscribers;

/// <summary>Filters and page of <see cref="IServicesClient.ListAsync"/>.</summary>
public sealed record ServiceListOptions : ListOptions
{
    /// <summary>Only services of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only services in one of these states (<c>status=active,pending</c>).</summary>
    public IReadOnlyList<ServiceStatus>? Status { get; init; }

    /// <summary>Only services of this package (<c>pkg_…</c>).</summary>
    public string? ServicePackageId { get; init; }

    /// <summary>Only services created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only services created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("status", Status);
        query.Add("service_package_id", ServicePackageId);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
