using System.Text.Json.Serialization;
using WISPGate.MockServer.Provisioning;

namespace WISPGate.MockServer.Subscribers;

/// <summary>
/// A lifecycle change of a service in flight (<c>Service.transition</c>): set by activate, suspend, resume and terminate,
/// cleared when its provisioning job is acknowledged (the status becomes <see cref="TargetStatus"/>) or refused (the
/// status stays). While it is set, another lifecycle action or a package change → 409 <c>invalid_state_transition</c>.
/// </summary>
/// <param name="Action">The provisioning action in flight.</param>
/// <param name="TargetStatus">The status the service takes when the job is acknowledged.</param>
/// <param name="ProvisioningJobId">The job that carries the change (<c>job_…</c>).</param>
/// <param name="RequestedAt">When the action was asked for.</param>
internal sealed record ServiceTransition(ProvisioningAction Action, ServiceStatus TargetStatus, string ProvisioningJobId, DateTimeOffset RequestedAt)
{
    /// <summary>The workflow run whose action asked for the change: the change's event carries it as <c>caused_by</c>.</summary>
    [JsonIgnore]
    public string? CausedBy { get; init; }
}
