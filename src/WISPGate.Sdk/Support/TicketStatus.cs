using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>The state of a ticket: new → open ⇄ pending → resolved → closed; resolved may reopen; closed is final.</summary>
[JsonConverter(typeof(TolerantEnumConverter<TicketStatus>))]
public enum TicketStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>new</c>: just created, nobody has looked at it.</summary>
    New,

    /// <summary><c>open</c>: being worked on.</summary>
    Open,

    /// <summary><c>pending</c>: waiting for the subscriber or a third party.</summary>
    Pending,

    /// <summary><c>resolved</c>: fixed; may reopen.</summary>
    Resolved,

    /// <summary><c>closed</c>: final; any change → 409 <c>invalid_state_transition</c>.</summary>
    Closed,
}
