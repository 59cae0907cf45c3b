using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="ICreditNotesClient.ListAsync"/>.</summary>
public sealed record CreditNoteListOptions : ListOptions
{
    /// <summary>Only credit notes of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only credit notes of this invoice (<c>inv_…</c>).</summary>
    public string? InvoiceId { get; init; }

    /// <summary>Only credit notes in one of these states.</summary>
    public IReadOnlyList<CreditNoteStatus>? Status { get; init; }

    /// <summary>Only credit notes created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only credit notes created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("invoice_id", InvoiceId);
        query.Add("status", Status);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
