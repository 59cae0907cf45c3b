namespace WISPGate.Sdk.Workflows;

/// <summary><c>resume_services</c>: resumes every suspended service of the subject's subscriber (each through a provisioning job).</summary>
public sealed record WorkflowResumeServicesAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>resume_services</c>).</summary>
    public WorkflowResumeServicesAction()
        : base("resume_services")
    {
    }

    /// <summary>The reason recorded with the resumption.</summary>
    public string? Reason { get; init; }
}
