namespace WISPGate.MockServer.Automation;

/// <summary>Whether a workflow starts runs.</summary>
internal enum WorkflowStatus
{
    /// <summary>Every matching event starts a run.</summary>
    Enabled,

    /// <summary>No new runs; started ones finish.</summary>
    Disabled,
}
