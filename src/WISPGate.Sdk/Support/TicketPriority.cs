using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>The priority of a ticket.</summary>
[JsonConverter(typeof(TolerantEnumConverter<TicketPriority>))]
public enum TicketPriority
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>low</c>: whenever there is time.</summary>
    Low,

    /// <summary><c>normal</c>: the default.</summary>
    Normal,

    /// <summary><c>high</c>: before normal work.</summary>
    High,

    /// <summary><c>urgent</c>: drop everything (outage).</summary>
    Urgent,
}
