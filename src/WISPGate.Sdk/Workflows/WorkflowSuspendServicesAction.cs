namespace WISPGate.Sdk.Workflows;

/// <summary><c>suspend_services</c>: suspends every active service of the subject's subscriber (each through a provisioning job).</summary>
public sealed record WorkflowSuspendServicesAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>suspend_services</c>).</summary>
    public WorkflowSuspendServicesAction()
        : base("suspend_services")
    {
    }

    /// <summary>The suspension reason, e.g. <c>non_payment</c>.</summary>
    public string? Reason { get; init; }
}
