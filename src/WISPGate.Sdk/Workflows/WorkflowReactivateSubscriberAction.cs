namespace WISPGate.Sdk.Workflows;

/// <summary><c>reactivate_subscriber</c>: reactivates the subject's subscriber, exactly like <c>POST /subscribers/{id}/reactivate</c>.</summary>
public sealed record WorkflowReactivateSubscriberAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>reactivate_subscriber</c>).</summary>
    public WorkflowReactivateSubscriberAction()
        : base("reactivate_subscriber")
    {
    }
}
