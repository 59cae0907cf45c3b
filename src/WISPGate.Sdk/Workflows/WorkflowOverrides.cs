namespace WISPGate.Sdk.Workflows;

/// <summary>Changes to a template's definition when creating a workflow from it (<see cref="CreateWorkflowRequest.Overrides"/>).</summary>
public sealed record WorkflowOverrides
{
    /// <summary>Another name.</summary>
    public string? Name { get; init; }

    /// <summary>Another description.</summary>
    public string? Description { get; init; }

    /// <summary>Another trigger.</summary>
    public WorkflowTrigger? Trigger { get; init; }

    /// <summary>Other actions.</summary>
    public IReadOnlyList<WorkflowAction>? Actions { get; init; }
}
