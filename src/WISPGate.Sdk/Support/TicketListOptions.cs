using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>Filters and page of <see cref="ITicketsClient.ListAsync"/>.</summary>
public sealed record TicketListOptions : ListOptions
{
    /// <summary>Only tickets in one of these states (<c>status=new,open</c>).</summary>
    public IReadOnlyList<TicketStatus>? Status { get; init; }

    /// <summary>Only tickets with one of these priorities (<c>priority=high,urgent</c>).</summary>
    public IReadOnlyList<TicketPriority>? Priority { get; init; }

    /// <summary>Only tickets about this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only tickets assigned to this person.</summary>
    public string? Assignee { get; init; }

    /// <summary>Text search over subject and description (<c>q</c>).</summary>
    public string? Search { get; init; }

    /// <summary>Only tickets created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only tickets created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("status", Status);
        query.Add("priority", Priority);
        query.Add("subscriber_id", SubscriberId);
        query.Add("assignee", Assignee);
        query.Add("q", Search);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
