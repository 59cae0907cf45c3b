using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>Filters and page of <see cref="IEventsClient.ListAsync"/>.</summary>
public sealed record EventListOptions : ListOptions
{
    /// <summary>Only events of one of these types (<c>type=invoice.paid,payment.received</c>).</summary>
    public IReadOnlyList<EventType>? Type { get; init; }

    /// <summary>Only events created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only events created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("type", Type);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
