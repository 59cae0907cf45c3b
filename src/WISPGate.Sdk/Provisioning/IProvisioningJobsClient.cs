using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// Provisioning jobs: the work the service and session actions hand to the network, with its outcome.
/// Every method takes optional <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>;
/// failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IProvisioningJobsClient
{
    /// <summary>Lists one page of provisioning jobs, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listProvisioningJobs", "GET", "/api/v1/provisioning-jobs")]
    Task<Page<ProvisioningJob>> ListAsync(ProvisioningJobListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every provisioning job matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The jobs.</returns>
    [WispGateOperation("listProvisioningJobs", "GET", "/api/v1/provisioning-jobs")]
    IAsyncEnumerable<ProvisioningJob> ListAllAsync(ProvisioningJobListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a provisioning job (poll it to see the outcome of an action).</summary>
    /// <param name="id">The job id (<c>job_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    [WispGateOperation("getProvisioningJob", "GET", "/api/v1/provisioning-jobs/{id}")]
    Task<WispGateResponse<ProvisioningJob>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Acks a job your provisioning hook answered <c>202</c> for (or whose answer got lost): it is <c>acked</c> and its
    /// effects happen now, as with the built-in network. Only a <c>sent</c> job of a hook can be acked (its
    /// pending retries then stop); a queued or finished job, or one of the built-in network → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The job id (<c>job_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, <c>acked</c>.</returns>
    [WispGateOperation("ackProvisioningJob", "POST", "/api/v1/provisioning-jobs/{id}/ack")]
    Task<WispGateResponse<ProvisioningJob>> AckAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Refuses a job your provisioning hook answered <c>202</c> for: it is <c>nak</c> with the given Error-Cause and
    /// nothing changes. Only a <c>sent</c> job of a hook can be refused; a queued or finished job, or one of the built-in
    /// network → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The job id (<c>job_…</c>).</param>
    /// <param name="request">The RFC 5176 Error-Cause and message.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, <c>nak</c>.</returns>
    [WispGateOperation("nakProvisioningJob", "POST", "/api/v1/provisioning-jobs/{id}/nak")]
    Task<WispGateResponse<ProvisioningJob>> NakAsync(string id, NakProvisioningJobRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
