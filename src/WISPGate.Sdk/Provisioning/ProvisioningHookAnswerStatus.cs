using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The outcome a provisioning hook answers for a job.</summary>
[JsonConverter(typeof(TolerantEnumConverter<ProvisioningHookAnswerStatus>))]
public enum ProvisioningHookAnswerStatus
{
    /// <summary>A value this SDK version does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>acked</c>: done; the job's effects happen now.</summary>
    Acked,

    /// <summary><c>nak</c>: refused; see <see cref="ProvisioningHookAnswer.ErrorCause"/>.</summary>
    Nak,
}
