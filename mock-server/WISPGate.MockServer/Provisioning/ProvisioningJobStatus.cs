namespace WISPGate.MockServer.Provisioning;

/// <summary>Provisioning job state: queued → sent → acked | nak | failed.</summary>
internal enum ProvisioningJobStatus
{
    /// <summary>Accepted, not sent yet.</summary>
    Queued,

    /// <summary>Sent to the NAS / AAA, no answer yet.</summary>
    Sent,

    /// <summary>Done.</summary>
    Acked,

    /// <summary>Refused by the NAS (see <c>error_cause</c>).</summary>
    Nak,

    /// <summary>No answer after the retries.</summary>
    Failed,
}
