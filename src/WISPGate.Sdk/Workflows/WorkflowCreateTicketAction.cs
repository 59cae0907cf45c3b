using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.Workflows;

/// <summary><c>create_ticket</c>: opens a support ticket about the subject's subscriber.</summary>
public sealed partial record WorkflowCreateTicketAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>create_ticket</c>).</summary>
    public WorkflowCreateTicketAction()
        : base("create_ticket")
    {
    }

    /// <summary>The ticket subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The ticket description.</summary>
    public string? Description { get; init; }

    /// <summary>The ticket priority (the API's default when unset).</summary>
    public partial TicketPriority? Priority { get; init; }

    /// <summary>
    /// <see cref="Priority"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Priority"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? PriorityRaw { get; init; }
}
