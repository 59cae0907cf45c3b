using WISPGate.Sdk.Provisioning;

namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// A lifecycle change of a service in flight (<see cref="Service.Transition"/>): activate, suspend, resume or terminate
/// was asked for and its provisioning job is not answered yet. When the job is acked the service takes
/// <see cref="TargetStatus"/> and the transition is cleared; when it is refused or fails the status stays. While it is
/// set, another lifecycle action or a package change is refused with 409 <c>invalid_state_transition</c>.
/// </summary>
public sealed partial record ServiceTransition
{
    /// <summary>The action in flight (<see cref="ProvisioningAction.ActivateService"/>, …).</summary>
    public required partial ProvisioningAction Action { get; init; }

    /// <summary>
    /// <see cref="Action"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Action"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? ActionRaw { get; init; }

    /// <summary>The status the service takes when the job is acked.</summary>
    public required partial ServiceStatus TargetStatus { get; init; }

    /// <summary>
    /// <see cref="TargetStatus"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="TargetStatus"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? TargetStatusRaw { get; init; }

    /// <summary>The job (<c>job_…</c>) that carries the change; wait for it with <see cref="ProvisioningJobsClientExtensions.WaitForCompletionAsync"/>.</summary>
    public required string ProvisioningJobId { get; init; }

    /// <summary>When the action was asked for (UTC).</summary>
    public required DateTimeOffset RequestedAt { get; init; }
}
