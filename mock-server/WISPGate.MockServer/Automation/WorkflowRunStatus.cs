namespace WISPGate.MockServer.Automation;

/// <summary>Where a workflow run is.</summary>
internal enum WorkflowRunStatus
{
    /// <summary>Executing actions (or waiting for an outbound call).</summary>
    Running,

    /// <summary>At a wait until <c>resume_at</c>, or (without it) behind an earlier run of the same subject.</summary>
    Waiting,

    /// <summary>Every action succeeded.</summary>
    Succeeded,

    /// <summary>An action failed.</summary>
    Failed,

    /// <summary>A check did not hold.</summary>
    Skipped,

    /// <summary>Cancelled (cancelWorkflowRun, or its workflow was deleted).</summary>
    Cancelled,
}
