namespace WISPGate.MockServer.Support;

/// <summary>Notification state: queued → sent | failed.</summary>
internal enum NotificationStatus
{
    /// <summary>Waiting to be sent.</summary>
    Queued,

    /// <summary>Handed to the e-mail or SMS provider.</summary>
    Sent,

    /// <summary>Could not be sent (see <c>error</c>).</summary>
    Failed,
}
