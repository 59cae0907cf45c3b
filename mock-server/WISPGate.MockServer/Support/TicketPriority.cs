namespace WISPGate.MockServer.Support;

/// <summary>Ticket priority.</summary>
internal enum TicketPriority
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Normal (the default).</summary>
    Normal,

    /// <summary>High.</summary>
    High,

    /// <summary>Urgent.</summary>
    Urgent,
}
