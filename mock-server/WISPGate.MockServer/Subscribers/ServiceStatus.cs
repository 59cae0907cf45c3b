namespace WISPGate.MockServer.Subscribers;

/// <summary>
/// Service lifecycle: pending → active ⇄ suspended → terminated (pending may be terminated). The status is what the
/// network enforces: it changes when the action's provisioning job is acknowledged (<see cref="ServiceTransition"/>).
/// </summary>
internal enum ServiceStatus
{
    /// <summary>Created, not provisioned.</summary>
    Pending,

    /// <summary>Provisioned and enforced.</summary>
    Active,

    /// <summary>Access suspended.</summary>
    Suspended,

    /// <summary>Ended (final).</summary>
    Terminated,
}
