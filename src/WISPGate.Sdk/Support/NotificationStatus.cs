using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>The state of a notification: queued → sent | failed.</summary>
[JsonConverter(typeof(TolerantEnumConverter<NotificationStatus>))]
public enum NotificationStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>queued</c>: waiting to be sent.</summary>
    Queued,

    /// <summary><c>sent</c>: handed to the e-mail or SMS provider.</summary>
    Sent,

    /// <summary><c>failed</c>: could not be sent; see <see cref="Notification.Error"/>.</summary>
    Failed,
}
