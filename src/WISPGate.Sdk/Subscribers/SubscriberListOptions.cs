using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Subscribers;

/// <summary>Filters and page of <see cref="ISubscribersClient.ListAsync"/>.</summary>
public sealed record SubscriberListOptions : ListOptions
{
    /// <summary>Only subscribers in one of these states (<c>status=active,suspended</c>).</summary>
    public IReadOnlyList<SubscriberStatus>? Status { get; init; }

    /// <summary>Only the subscriber with this external id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Text search over name, e-mail, phone and external id (<c>q</c>).</summary>
    public string? Search { get; init; }

    /// <summary>Only subscribers created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only subscribers created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("status", Status);
        query.Add("external_id", ExternalId);
        query.Add("q", Search);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
