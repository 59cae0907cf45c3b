namespace WISPGate.Sdk.Workflows;

/// <summary>The resource a step created or changed.</summary>
public sealed record WorkflowStepResult
{
    /// <summary>The resource type, e.g. <c>notification</c>, <c>provisioning_job</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Its id.</summary>
    public required string Id { get; init; }
}
