namespace WISPGate.Sdk.Support;

/// <summary>A support ticket.</summary>
public sealed partial record Ticket
{
    /// <summary>The WISPGate id, <c>tkt_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A one-line summary.</summary>
    public required string Subject { get; init; }

    /// <summary>What happened, in full.</summary>
    public required string Description { get; init; }

    /// <summary>The subscriber (<c>sub_…</c>) the ticket is about, if any.</summary>
    public string? SubscriberId { get; init; }

    /// <summary>The service (<c>svc_…</c>) the ticket is about, if any.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The state; <see cref="TicketStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial TicketStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The priority; <see cref="TicketPriority.Unknown"/> for a priority this SDK does not know.</summary>
    public required partial TicketPriority Priority { get; init; }

    /// <summary>
    /// <see cref="Priority"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Priority"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? PriorityRaw { get; init; }

    /// <summary>Who works on it (free text: an agent's name or e-mail), if anyone.</summary>
    public string? Assignee { get; init; }

    /// <summary>How many comments the ticket has, when the API includes it.</summary>
    public int? CommentCount { get; init; }

    /// <summary>When the ticket was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the ticket last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the ticket was resolved (UTC), if it was.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>When the ticket was closed (UTC), if it was.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
}
