using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>How a notification is sent.</summary>
[JsonConverter(typeof(TolerantEnumConverter<NotificationChannel>))]
public enum NotificationChannel
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>email</c>: to the subscriber's e-mail address.</summary>
    Email,

    /// <summary><c>sms</c>: to the subscriber's phone.</summary>
    Sms,
}
