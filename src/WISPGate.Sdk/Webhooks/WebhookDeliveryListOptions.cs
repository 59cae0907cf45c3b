using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Webhooks;

/// <summary>Filters and page of <see cref="IWebhookEndpointsClient.ListDeliveriesAsync"/>.</summary>
public sealed record WebhookDeliveryListOptions : ListOptions
{
    /// <summary>Only the attempts to deliver this event (<c>evt_…</c>).</summary>
    public string? EventId { get; init; }

    /// <summary>Only attempts with one of these outcomes.</summary>
    public IReadOnlyList<WebhookDeliveryStatus>? Status { get; init; }

    /// <summary>Only delivery attempts created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only delivery attempts created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("event_id", EventId);
        query.Add("status", Status);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
