using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="ITransactionsClient.ListAsync"/>.</summary>
public sealed record TransactionListOptions : ListOptions
{
    /// <summary>Only the ledger of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only debits or only credits.</summary>
    public TransactionType? Type { get; init; }

    /// <summary>Only transactions produced by one of these sources (<c>source=payment,refund</c>).</summary>
    public IReadOnlyList<TransactionSource>? Source { get; init; }

    /// <summary>Only transactions recorded at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only transactions recorded before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("type", Type);
        query.Add("source", Source);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
