namespace WISPGate.Sdk.Workflows;

/// <summary>A built-in workflow (e.g. <c>dunning</c>, <c>reactivation</c>) to create a workflow from with <see cref="CreateWorkflowRequest.TemplateId"/>.</summary>
public sealed record WorkflowTemplate
{
    /// <summary>The template id, e.g. <c>dunning</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A display name.</summary>
    public required string Name { get; init; }

    /// <summary>What the workflow does.</summary>
    public required string Description { get; init; }

    /// <summary>What starts a run.</summary>
    public required WorkflowTrigger Trigger { get; init; }

    /// <summary>The steps of each run, in order.</summary>
    public required IReadOnlyList<WorkflowAction> Actions { get; init; }
}
