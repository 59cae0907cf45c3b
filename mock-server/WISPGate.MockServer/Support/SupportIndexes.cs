using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Support;

/// <summary>The Automation &amp; Support collections' indexes (list filters and clock hooks that must not scan the tenant).</summary>
internal static class SupportIndexes
{
    /// <summary>Events by type.</summary>
    public static readonly IndexKey<DomainEvent> EventsByType = new("type", e => e.Type);

    /// <summary>Ticket comments by ticket.</summary>
    public static readonly IndexKey<TicketComment> CommentsByTicket = new("ticket_id", c => c.TicketId);

    /// <summary>Tickets by subscriber.</summary>
    public static readonly IndexKey<Ticket> TicketsBySubscriber = new("subscriber_id", t => t.SubscriberId);

    /// <summary>Notifications by subscriber.</summary>
    public static readonly IndexKey<Notification> NotificationsBySubscriber = new("subscriber_id", n => n.SubscriberId);

    /// <summary>Notifications still queued (the ones the clock hook sends).</summary>
    public static readonly IndexKey<Notification> QueuedNotifications = new("queued", n => n.Status == NotificationStatus.Queued ? "yes" : null);
}
