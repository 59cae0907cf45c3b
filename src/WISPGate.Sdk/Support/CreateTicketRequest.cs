namespace WISPGate.Sdk.Support;

/// <summary>The body of <c>POST /api/v1/tickets</c>; new tickets are <c>new</c>.</summary>
public sealed partial record CreateTicketRequest
{
    /// <summary>A one-line summary (1–200 characters).</summary>
    public required string Subject { get; init; }

    /// <summary>What happened, in full.</summary>
    public required string Description { get; init; }

    /// <summary>The subscriber (<c>sub_…</c>) the ticket is about; it must exist (else 422).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>The service (<c>svc_…</c>) the ticket is about; it must exist and belong to <see cref="SubscriberId"/> when both are set.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The priority; the API defaults to <see cref="TicketPriority.Normal"/>.</summary>
    public partial TicketPriority? Priority { get; init; }

    /// <summary>
    /// <see cref="Priority"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Priority"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? PriorityRaw { get; init; }

    /// <summary>Who works on it.</summary>
    public string? Assignee { get; init; }
}
