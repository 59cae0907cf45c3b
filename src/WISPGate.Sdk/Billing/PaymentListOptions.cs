using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="IPaymentsClient.ListAsync"/>.</summary>
public sealed record PaymentListOptions : ListOptions
{
    /// <summary>Only payments of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only payments received by one of these methods (<c>method=card,ach</c>).</summary>
    public IReadOnlyList<PaymentMethod>? Method { get; init; }

    /// <summary>Only payments in one of these states.</summary>
    public IReadOnlyList<PaymentStatus>? Status { get; init; }

    /// <summary><see langword="true"/>: only payments with an unapplied amount.</summary>
    public bool? Unapplied { get; init; }

    /// <summary>Only payments created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only payments created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("method", Method);
        query.Add("status", Status);
        query.Add("unapplied", Unapplied);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
