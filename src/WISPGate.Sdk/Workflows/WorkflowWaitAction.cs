namespace WISPGate.Sdk.Workflows;

/// <summary><c>wait</c>: pauses the run for an ISO 8601 duration on the server clock (the run is <c>waiting</c> with <c>resume_at</c>).</summary>
public sealed record WorkflowWaitAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>wait</c>).</summary>
    public WorkflowWaitAction()
        : base("wait")
    {
    }

    /// <summary>How long, as an ISO 8601 duration of days/hours/minutes/seconds, e.g. <c>P15D</c>, <c>PT12H</c>.</summary>
    public required string Duration { get; init; }
}
