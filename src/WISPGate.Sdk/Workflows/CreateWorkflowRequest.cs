namespace WISPGate.Sdk.Workflows;

/// <summary>The body of <c>POST /api/v1/workflows</c>: either a template (<see cref="TemplateId"/>, optionally with <see cref="Overrides"/>) or a full definition (<see cref="Name"/>, <see cref="Trigger"/>, <see cref="Actions"/>). A new workflow starts <c>disabled</c> unless <see cref="Status"/> says otherwise.</summary>
public sealed partial record CreateWorkflowRequest
{
    /// <summary>The template to instantiate, e.g. <c>dunning</c> (<see cref="IWorkflowTemplatesClient"/>).</summary>
    public string? TemplateId { get; init; }

    /// <summary>Changes to the template's definition.</summary>
    public WorkflowOverrides? Overrides { get; init; }

    /// <summary>The name (required without a template).</summary>
    public string? Name { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary><c>enabled</c> to start runs right away; <c>disabled</c> by default.</summary>
    public partial WorkflowStatus? Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>What starts a run (required without a template).</summary>
    public WorkflowTrigger? Trigger { get; init; }

    /// <summary>The steps of each run (required without a template).</summary>
    public IReadOnlyList<WorkflowAction>? Actions { get; init; }
}
