namespace WISPGate.Sdk.Workflows;

/// <summary>
/// The body of <c>PATCH /api/v1/workflows/{id}</c>. Only the properties you assign are sent; assigning
/// <see langword="null"/> to <see cref="Description"/> clears it (<see cref="PatchRequest"/>). Runs already started keep
/// the definition they started with.
/// </summary>
public sealed record UpdateWorkflowRequest : PatchRequest
{
    /// <summary>A new name (cannot be cleared).</summary>
    public string? Name { get => Get<string?>(); set => Set(value); }

    /// <summary>A new description; <see langword="null"/> clears it.</summary>
    public string? Description { get => Get<string?>(); set => Set(value); }

    /// <summary>A new trigger (cannot be cleared).</summary>
    public WorkflowTrigger? Trigger { get => Get<WorkflowTrigger?>(); set => Set(value); }

    /// <summary>New actions (cannot be cleared).</summary>
    public IReadOnlyList<WorkflowAction>? Actions { get => Get<IReadOnlyList<WorkflowAction>?>(); set => Set(value); }
}
