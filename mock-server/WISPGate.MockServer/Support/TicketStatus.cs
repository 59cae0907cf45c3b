namespace WISPGate.MockServer.Support;

/// <summary>Ticket state: new → open ⇄ pending → resolved → closed; resolved may reopen; closed is final (see <see cref="TicketLifecycle"/>).</summary>
internal enum TicketStatus
{
    /// <summary>Just opened, nobody looked yet.</summary>
    New,

    /// <summary>Being worked on.</summary>
    Open,

    /// <summary>Waiting for the subscriber or a third party.</summary>
    Pending,

    /// <summary>Solved; may reopen.</summary>
    Resolved,

    /// <summary>Final.</summary>
    Closed,
}
