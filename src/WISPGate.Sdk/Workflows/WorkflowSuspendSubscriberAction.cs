namespace WISPGate.Sdk.Workflows;

/// <summary><c>suspend_subscriber</c>: suspends the subject's subscriber, exactly like <c>POST /subscribers/{id}/suspend</c>.</summary>
public sealed record WorkflowSuspendSubscriberAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>suspend_subscriber</c>).</summary>
    public WorkflowSuspendSubscriberAction()
        : base("suspend_subscriber")
    {
    }

    /// <summary>The suspension reason, e.g. <c>non_payment</c>.</summary>
    public required string Reason { get; init; }
}
