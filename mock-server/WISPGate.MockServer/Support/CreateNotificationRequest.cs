namespace WISPGate.MockServer.Support;

/// <summary>Body of createNotification.</summary>
internal sealed record CreateNotificationRequest(
    string SubscriberId,
    NotificationChannel Channel,
    string Template,
    IReadOnlyDictionary<string, string>? Variables);
