namespace WISPGate.MockServer.Support;

/// <summary>
/// Which ticket status may follow which: new → open | pending | resolved; open → pending | resolved;
/// pending → open | resolved; resolved → open (reopen) | closed; closed → nothing (final). Nothing goes back to new.
/// Setting the current status again is no change.
/// </summary>
internal static class TicketLifecycle
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Next = new()
    {
        [TicketStatus.New] = [TicketStatus.Open, TicketStatus.Pending, TicketStatus.Resolved],
        [TicketStatus.Open] = [TicketStatus.Pending, TicketStatus.Resolved],
        [TicketStatus.Pending] = [TicketStatus.Open, TicketStatus.Resolved],
        [TicketStatus.Resolved] = [TicketStatus.Open, TicketStatus.Closed],
        [TicketStatus.Closed] = [],
    };

    /// <summary>Whether a ticket in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool Allows(TicketStatus from, TicketStatus to) => from == to || Next[from].Contains(to);
}
