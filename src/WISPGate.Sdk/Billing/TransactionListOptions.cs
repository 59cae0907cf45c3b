using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Billing;

/// <summary>Filters and page of <see cref="ITransactionsClient.ListAsync"/>.</summary>
public sealed record TransactionListOptions : ListOptions
{
    /// <summary>Only the ledger of this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only debits or only credits. Combines with <see cref="Types"/> (the union of both is sent).</summary>
    public TransactionType? Type { get; init; }

    /// <summary>
    /// Only transactions of one of these types, sent as one comma-separated <c>type=debit,credit</c>. Set together with
    /// <see cref="Type"/>, a transaction of any of them matches: the SDK sends the union (<see cref="Type"/> first, each
    /// type once). <see langword="null"/> or empty does not filter by type.
    /// </summary>
    /// <exception cref="ArgumentException">At the call: a list holding <see cref="TransactionType.Unknown"/>, which is no filter value.</exception>
    public IReadOnlyList<TransactionType>? Types { get; init; }

    /// <summary>Only transactions produced by one of these sources (<c>source=payment,refund</c>).</summary>
    public IReadOnlyList<TransactionSource>? Source { get; init; }

    /// <summary>Only transactions recorded at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only transactions recorded before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>The union of <see cref="Type"/> and <see cref="Types"/>, <see cref="Type"/> first, each type once.</summary>
    private List<TransactionType>? TypesToSend()
    {
        if (Type is null && Types is null)
        {
            return null;
        }

        var types = new List<TransactionType>();
        foreach (var type in (Type is { } single ? [single] : Array.Empty<TransactionType>()).Concat(Types ?? []))
        {
            if (!types.Contains(type))
            {
                types.Add(type);
            }
        }

        return types;
    }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("type", TypesToSend());
        query.Add("source", Source);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
