using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Subscribers;

/// <summary>Filters and page of <see cref="IServicesClient.ListAsync"/>.</summary>
public sealed record ServiceListOptions : ListOptions
{
    /// <summary>Only services of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only services in one of these states.</summary>
    public IReadOnlyList<ServiceStatus>? Status { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("status", Status);
    }
}
