namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// Work handed to the network (RADIUS/AAA, CoA, disconnect), returned with <c>202 Accepted</c> by the
/// service and session actions. Poll <see cref="IProvisioningJobsClient.GetAsync"/> or listen for
/// <c>provisioning_job.completed</c> / <c>provisioning_job.failed</c> events.
/// </summary>
public sealed partial record ProvisioningJob
{
    /// <summary>The WISPGate id, <c>job_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the job does; <see cref="ProvisioningAction.Unknown"/> for an action this SDK does not know.</summary>
    public required partial ProvisioningAction Action { get; init; }

    /// <summary>
    /// <see cref="Action"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Action"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? ActionRaw { get; init; }

    /// <summary>The service (<c>svc_…</c>) or session (<c>ses_…</c>) acted on.</summary>
    public required string TargetId { get; init; }

    /// <summary>The state; <see cref="ProvisioningJobStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial ProvisioningJobStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>
    /// The provisioning hook (<c>prh_…</c>) the job was sent to; <see langword="null"/> when the built-in network
    /// simulation handles it.
    /// </summary>
    public string? ProvisioningHookId { get; init; }

    /// <summary>Why the action was asked for (e.g. a suspension reason), as given on the request; <see langword="null"/> when none was.</summary>
    public string? Reason { get; init; }

    /// <summary>The RFC 5176 Error-Cause of a <c>nak</c> (e.g. 503 Session-Context-Not-Found); <see langword="null"/> otherwise.</summary>
    public int? ErrorCause { get; init; }

    /// <summary>A human-readable reason for a <c>nak</c> or <c>failed</c> job (the hook's <c>error_message</c>, or why the hook calls failed).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>How many times the request was sent to the NAS or AAA (or to the provisioning hook, retries included).</summary>
    public required int Attempts { get; init; }

    /// <summary>When the job was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the job last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the job reached <c>acked</c>, <c>nak</c> or <c>failed</c>; <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
