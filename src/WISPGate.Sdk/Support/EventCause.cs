namespace WISPGate.Sdk.Support;

/// <summary>What caused an <see cref="Event"/> when it was not an API call: the workflow run whose action made the change.</summary>
public sealed record EventCause
{
    /// <summary>The workflow run (<c>wfr_…</c>); see <see cref="Workflows.IWorkflowRunsClient.GetAsync"/>.</summary>
    public required string WorkflowRunId { get; init; }
}
