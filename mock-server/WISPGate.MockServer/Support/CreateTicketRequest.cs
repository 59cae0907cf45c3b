namespace WISPGate.MockServer.Support;

/// <summary>Body of createTicket.</summary>
internal sealed record CreateTicketRequest(
    string Subject,
    string Description,
    string? SubscriberId,
    string? ServiceId,
    TicketPriority? Priority,
    string? Assignee);
