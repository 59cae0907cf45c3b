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
}
