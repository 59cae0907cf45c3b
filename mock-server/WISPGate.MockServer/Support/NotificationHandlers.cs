using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Support;

/// <summary>
/// listNotifications, createNotification, getNotification. A notification is <c>queued</c> at creation
/// (<c>notification.created</c>) and <c>sent</c> <see cref="SentAfter"/> later by the server clock
/// (<c>notification.sent</c>); <see cref="Settle"/> is the clock hook that sends it.
/// </summary>
internal static class NotificationHandlers
{
    /// <summary>How long after creation a notification is sent.</summary>
    public static readonly TimeSpan SentAfter = TimeSpan.FromSeconds(1);

    /// <summary>GET /api/v1/notifications: filters subscriber_id, channel, status, created_after/before.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Notification>().Where(SupportIndexes.NotificationsBySubscriber, context.Query.Get("subscriber_id")),
            n => (context.Query.Get("subscriber_id") is not { } subscriber || subscriber == n.SubscriberId)
                && context.Query.Matches("channel", WireJson.Name(n.Channel))
                && context.Query.Matches("status", WireJson.Name(n.Status)));

    /// <summary>POST /api/v1/notifications: the subscriber must exist and have an e-mail (email) or phone (sms).</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateNotificationRequest>();
        var subscriber = context.RequireReference<Subscriber>("subscriber_id", request.SubscriberId, "subscriber");

        var to = request.Channel == NotificationChannel.Email ? subscriber.Email : subscriber.Phone;
        if (to is null)
        {
            var missing = request.Channel == NotificationChannel.Email ? "an e-mail address" : "a phone number";
            return ApiResult.Invalid("subscriber_id", "no_recipient", $"Subscriber '{subscriber.Id}' has no {missing} for channel {WireJson.Name(request.Channel)}.");
        }

        var notification = context.Collection<Notification>().Add(new Notification
        {
            Id = context.NewId("ntf"),
            SubscriberId = subscriber.Id,
            Channel = request.Channel,
            Template = request.Template,
            Variables = request.Variables ?? new Dictionary<string, string>(),
            To = to,
            Status = NotificationStatus.Queued,
            CreatedAt = context.Now,
        });
        context.RecordEvent("notification.created", notification);
        return ApiResult.Created(notification, $"/api/v1/notifications/{notification.Id}");
    }

    /// <summary>GET /api/v1/notifications/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Notification>(context.Id, "notification"));

    /// <summary>Sends the queued notifications that are due (the clock hook).</summary>
    public static void Settle(TenantScope scope)
    {
        var notifications = scope.Collection<Notification>();
        var now = scope.Now;
        foreach (var due in notifications.Index(SupportIndexes.QueuedNotifications).Matching("yes", n => n.Status == NotificationStatus.Queued && n.CreatedAt + SentAfter <= now))
        {
            var sent = due with { Status = NotificationStatus.Sent, SentAt = due.CreatedAt + SentAfter };
            notifications.Replace(sent);
            scope.RecordEvent("notification.sent", sent);
        }
    }
}
