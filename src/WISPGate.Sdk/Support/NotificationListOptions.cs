using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Support;

/// <summary>Filters and page of <see cref="INotificationsClient.ListAsync"/>.</summary>
public sealed record NotificationListOptions : ListOptions
{
    /// <summary>Only notifications to this subscriber (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only notifications sent over one of these channels.</summary>
    public IReadOnlyList<NotificationChannel>? Channel { get; init; }

    /// <summary>Only notifications in one of these states.</summary>
    public IReadOnlyList<NotificationStatus>? Status { get; init; }

    /// <summary>Only notifications created at or after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only notifications created before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    private protected override void AddFilters(QueryParameters query)
    {
        query.Add("subscriber_id", SubscriberId);
        query.Add("channel", Channel);
        query.Add("status", Status);
        query.Add("created_after", CreatedAfter);
        query.Add("created_before", CreatedBefore);
    }
}
