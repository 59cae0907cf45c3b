namespace WISPGate.MockServer.Support;

/// <summary>How a notification is sent.</summary>
internal enum NotificationChannel
{
    /// <summary>E-mail to the subscriber's address.</summary>
    Email,

    /// <summary>SMS to the subscriber's phone.</summary>
    Sms,
}
