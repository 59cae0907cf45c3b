using WISPGate.Sdk.Waiting;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Waiting for provisioning jobs.</summary>
public static class ProvisioningJobsClientExtensions
{
    /// <summary>
    /// Polls a provisioning job (<see cref="IProvisioningJobsClient.GetAsync"/>) until it is final — <c>acked</c>,
    /// <c>nak</c> or <c>failed</c> — and returns it, as Azure's <c>Operation&lt;T&gt;.WaitForCompletionAsync</c>.
    /// A <c>nak</c> or <c>failed</c> job is an answer, not an error: check <see cref="ProvisioningJob.Status"/> and
    /// <see cref="ProvisioningJob.ErrorCause"/>.
    /// <code>
    /// ProvisioningJob job = await client.ProvisioningJobs.WaitForCompletionAsync(jobId, cancellationToken: ct);
    /// if (job.Status != ProvisioningJobStatus.Acked) logger.LogWarning("{Job} {Status}: {Cause}", job.Id, job.Status, job.ErrorCause);
    /// </code>
    /// </summary>
    /// <param name="jobs">The provisioning jobs area of a client.</param>
    /// <param name="jobId">The job id (<c>job_…</c>).</param>
    /// <param name="options">Polling interval (default 1 s), timeout (default 5 min), clock and per-poll settings.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The last read of the job, final.</returns>
    /// <exception cref="TimeoutException">The job was not final within <see cref="WaitOptions.Timeout"/>; the message names its last status.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="Errors.WispGateException">A poll failed (after the client's retries), e.g. the job does not exist (404).</exception>
    public static Task<WispGateResponse<ProvisioningJob>> WaitForCompletionAsync(
        this IProvisioningJobsClient jobs, string jobId, WaitOptions? options = null, CancellationToken cancellationToken = default) =>
        Poller.WaitForCompletionAsync(
            jobs, jobId, static (area, id, requestOptions, token) => area.GetAsync(id, requestOptions, token), IsFinal, static job => job.Status, "provisioning job", options, cancellationToken);

    /// <summary>Final: acked, nak or failed, or any state with a completion time (a state this SDK does not know yet).</summary>
    internal static bool IsFinal(ProvisioningJob job) =>
        job.Status is ProvisioningJobStatus.Acked or ProvisioningJobStatus.Nak or ProvisioningJobStatus.Failed || job.CompletedAt is not null;
}
