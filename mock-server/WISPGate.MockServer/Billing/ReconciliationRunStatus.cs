namespace WISPGate.MockServer.Billing;

/// <summary>Reconciliation run state. The mock completes a run within its request, so runs are <see cref="Completed"/>.</summary>
internal enum ReconciliationRunStatus
{
    /// <summary>Waiting.</summary>
    Queued,

    /// <summary>Matching.</summary>
    Running,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>Stopped by an error.</summary>
    Failed,
}
