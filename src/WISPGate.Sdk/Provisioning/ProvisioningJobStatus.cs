using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The state of a provisioning job: queued → sent → acked | nak | failed.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ProvisioningJobStatus>))]
public enum ProvisioningJobStatus
{
    /// <summary>A value this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>queued</c>: waiting to be sent.</summary>
    Queued,

    /// <summary><c>sent</c>: sent to the NAS or AAA, no answer yet.</summary>
    Sent,

    /// <summary><c>acked</c>: done: the network accepted it.</summary>
    Acked,

    /// <summary><c>nak</c>: the NAS refused it; see <see cref="ProvisioningJob.ErrorCause"/>.</summary>
    Nak,

    /// <summary><c>failed</c>: no answer after the retries.</summary>
    Failed,
}
