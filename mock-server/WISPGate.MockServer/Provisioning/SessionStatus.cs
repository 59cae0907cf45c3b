namespace WISPGate.MockServer.Provisioning;

/// <summary>RADIUS accounting session state.</summary>
internal enum SessionStatus
{
    /// <summary>Accounting started, not stopped.</summary>
    Active,

    /// <summary>Accounting stopped (see <c>terminate_cause</c>).</summary>
    Closed,
}
