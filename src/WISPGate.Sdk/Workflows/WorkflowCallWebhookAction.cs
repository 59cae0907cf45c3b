namespace WISPGate.Sdk.Workflows;

/// <summary><c>call_webhook</c>: POSTs the subject to a URL, signed with the workflow's <see cref="Workflow.Secret"/>; a non-2xx answer fails the run (<c>webhook_call_failed</c>).</summary>
public sealed record WorkflowCallWebhookAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>call_webhook</c>).</summary>
    public WorkflowCallWebhookAction()
        : base("call_webhook")
    {
    }

    /// <summary>The URL to call (HTTPS in production).</summary>
    public required string Url { get; init; }
}
