using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="IInvoicesClient.ListAsync"/>.</summary>
public sealed record InvoiceListOptions : ListOptions
{
    /// <summary>Only invoices of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only invoices in one of these states (<c>status=open,uncollectible</c>).</summary>
    public IReadOnlyList<InvoiceStatus>? Status { get; init; }

    /// <summary><see langword="true"/>: only overdue invoices; <see langword="false"/>: only those not overdue.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Only invoices created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only invoices created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("status", Status);
        query.Add("overdue", Overdue);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
