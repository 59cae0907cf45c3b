using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Subscribers;

/// <summary>The lifecycle state of a subscriber: prospect → active ⇄ suspended → cancelled.</summary>
[JsonConverter(typeof(TolerantEnumConverter<SubscriberStatus>))]
public enum SubscriberStatus
{
    /// <summary>A state this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>prospect</c>: signed up, not yet billed or provisioned.</summary>
    Prospect,

    /// <summary><c>active</c>: a paying, served subscriber.</summary>
    Active,

    /// <summary><c>suspended</c>: service paused (e.g. non-payment); can be reactivated.</summary>
    Suspended,

    /// <summary><c>cancelled</c>: the relationship ended; final.</summary>
    Cancelled,
}
