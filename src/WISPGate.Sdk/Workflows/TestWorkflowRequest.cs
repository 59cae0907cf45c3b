namespace WISPGate.Sdk.Workflows;

/// <summary>The body of <c>POST /api/v1/workflows/{id}/test</c>: a dry run against a recorded event (<see cref="EventId"/>) or a made-up one (<see cref="Event"/>); nothing changes.</summary>
public sealed record TestWorkflowRequest
{
    /// <summary>A recorded event (<c>evt_…</c>).</summary>
    public string? EventId { get; init; }

    /// <summary>A made-up event.</summary>
    public WorkflowTestEvent? Event { get; init; }
}
