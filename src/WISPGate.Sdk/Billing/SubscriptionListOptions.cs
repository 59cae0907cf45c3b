using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="ISubscriptionsClient.ListAsync"/>.</summary>
public sealed record SubscriptionListOptions : ListOptions
{
    /// <summary>Only subscriptions of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only subscriptions of this service (<c>svc_…</c>).</summary>
    public string? ServiceId { get; init; }

    /// <summary>Only subscriptions in one of these states (<c>status=active,cancelled</c>).</summary>
    public IReadOnlyList<SubscriptionStatus>? Status { get; init; }

    /// <summary>Only subscriptions created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only subscriptions created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("service_id", ServiceId);
        query.Add("status", Status);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
