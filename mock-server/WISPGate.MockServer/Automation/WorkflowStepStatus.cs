namespace WISPGate.MockServer.Automation;

/// <summary>Where one step of a run is.</summary>
internal enum WorkflowStepStatus
{
    /// <summary>Not started.</summary>
    Pending,

    /// <summary>Started (a wait until its time, an outbound call until its answer).</summary>
    Running,

    /// <summary>Done.</summary>
    Succeeded,

    /// <summary>Failed with an API error.</summary>
    Failed,

    /// <summary>Never ran: the run ended before it.</summary>
    Skipped,
}
