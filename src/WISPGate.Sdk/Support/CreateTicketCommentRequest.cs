namespace WISPGate.Sdk.Support;

/// <summary>The body of <c>POST /api/v1/tickets/{id}/comments</c> (a closed ticket → 409 <c>invalid_state_transition</c>).</summary>
public sealed record CreateTicketCommentRequest
{
    /// <summary>Who writes it.</summary>
    public required string Author { get; init; }

    /// <summary>The text (1–10,000 characters).</summary>
    public required string Body { get; init; }

    /// <summary>A public reply (<see langword="true"/>) or an internal note; the API defaults to an internal note.</summary>
    public bool? Public { get; init; }
}
