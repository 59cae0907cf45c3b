namespace WISPGate.Sdk.Support;

/// <summary>
/// The body of <c>PATCH /api/v1/tickets/{id}</c>. Only the properties you assign are sent; assigning
/// <see langword="null"/> clears a clearable field (<see cref="PatchRequest"/>). A closed ticket cannot change (409).
/// </summary>
public sealed partial record UpdateTicketRequest : PatchRequest
{
    /// <summary>A new subject (cannot be cleared).</summary>
    public string? Subject { get => Get<string?>(); set => Set(value); }

    /// <summary>A new description (cannot be cleared).</summary>
    public string? Description { get => Get<string?>(); set => Set(value); }

    /// <summary>A new state (new → open ⇄ pending → resolved → closed; resolved may reopen).</summary>
    public partial TicketStatus? Status { get; set; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> sends <c>null</c>, which clears the field.
    /// </summary>
    public partial string? StatusRaw { get; set; }

    /// <summary>A new priority.</summary>
    public partial TicketPriority? Priority { get; set; }

    /// <summary>
    /// <see cref="Priority"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Priority"/>; <see langword="null"/> sends <c>null</c>, which clears the field.
    /// </summary>
    public partial string? PriorityRaw { get; set; }

    /// <summary>A new assignee; <see langword="null"/> unassigns the ticket.</summary>
    public string? Assignee { get => Get<string?>(); set => Set(value); }

    /// <summary>A new service (<c>svc_…</c>); <see langword="null"/> detaches it.</summary>
    public string? ServiceId { get => Get<string?>(); set => Set(value); }
}
