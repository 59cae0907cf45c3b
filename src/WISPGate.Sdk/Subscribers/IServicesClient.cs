using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Provisioning;

namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// Subscribers' services: a speed package delivered at an address, its provisioning actions (each
/// answered 202 with a <see cref="ProvisioningJob"/>), its RADIUS account and its devices. Every method takes optional
/// <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>; failures throw
/// <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IServicesClient
{
    /// <summary>Lists one page of services, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listServices", "GET", "/api/v1/services")]
    Task<Page<Service>> ListAsync(ServiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every service matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The services.</returns>
    [WispGateOperation("listServices", "GET", "/api/v1/services")]
    IAsyncEnumerable<Service> ListAllAsync(ServiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Orders a service for a subscriber (it starts <c>pending</c>).</summary>
    /// <param name="request">The service.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created service.</returns>
    [WispGateOperation("createService", "POST", "/api/v1/services")]
    Task<WispGateResponse<Service>> CreateAsync(CreateServiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a service.</summary>
    /// <param name="id">The service id (<c>svc_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service.</returns>
    [WispGateOperation("getService", "GET", "/api/v1/services/{id}")]
    Task<WispGateResponse<Service>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a service's address, start date or price override; only the properties set change.</summary>
    /// <param name="id">The service id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated service.</returns>
    [WispGateOperation("updateService", "PATCH", "/api/v1/services/{id}")]
    Task<WispGateResponse<Service>> UpdateAsync(string id, UpdateServiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Activates a pending service: AAA credentials are issued and the package enforced (202: the network work runs as a
    /// provisioning job). The service stays <see cref="ServiceStatus.Pending"/>, with <see cref="Service.Transition"/> set, until
    /// the job is acked; then it is <see cref="ServiceStatus.Active"/> (<c>service.activated</c>). A refused or failed job leaves
    /// it pending (<c>service.activation_failed</c>). Another lifecycle change in flight → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The service id (<c>svc_…</c>).</param>
    /// <param name="request">Why (optional; kept on the job and the event).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The provisioning job, <c>queued</c>. The service's status changes when the job is acked: wait for it with
    /// <see cref="ProvisioningJobsClientExtensions.WaitForCompletionAsync"/> (or watch for <c>provisioning_job.completed</c>)
    /// before reading the service, its AAA account or the shaper export.
    /// </returns>
    [WispGateOperation("activateService", "POST", "/api/v1/services/{id}/activate")]
    Task<WispGateResponse<ProvisioningJob>> ActivateAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Suspends an active service: access is blocked and active sessions are disconnected (202: the network work runs as a
    /// provisioning job). The service stays <see cref="ServiceStatus.Active"/> until the job is acked; then it is
    /// <see cref="ServiceStatus.Suspended"/> (<c>service.suspended</c>). A refused or failed job leaves it active
    /// (<c>service.suspension_failed</c>). Another lifecycle change in flight → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The service id (<c>svc_…</c>).</param>
    /// <param name="request">Why (optional; kept on the job and the event).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The provisioning job, <c>queued</c>. The service's status changes when the job is acked: wait for it with
    /// <see cref="ProvisioningJobsClientExtensions.WaitForCompletionAsync"/> (or watch for <c>provisioning_job.completed</c>)
    /// before reading the service, its AAA account or the shaper export.
    /// </returns>
    [WispGateOperation("suspendService", "POST", "/api/v1/services/{id}/suspend")]
    Task<WispGateResponse<ProvisioningJob>> SuspendAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes a suspended service (202: the network work runs as a provisioning job). The service stays
    /// <see cref="ServiceStatus.Suspended"/> until the job is acked; then it is <see cref="ServiceStatus.Active"/>
    /// (<c>service.resumed</c>). A refused or failed job leaves it suspended (<c>service.resumption_failed</c>). Another
    /// lifecycle change in flight → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The service id (<c>svc_…</c>).</param>
    /// <param name="request">Why (optional; kept on the job and the event).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The provisioning job, <c>queued</c>. The service's status changes when the job is acked: wait for it with
    /// <see cref="ProvisioningJobsClientExtensions.WaitForCompletionAsync"/> (or watch for <c>provisioning_job.completed</c>)
    /// before reading the service, its AAA account or the shaper export.
    /// </returns>
    [WispGateOperation("resumeService", "POST", "/api/v1/services/{id}/resume")]
    Task<WispGateResponse<ProvisioningJob>> ResumeAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Terminates a service (final): credentials are revoked, sessions disconnected and devices unbound (202: the network
    /// work runs as a provisioning job). The service keeps its status and devices until the job is acked; then it is
    /// <see cref="ServiceStatus.Terminated"/> (<c>service.terminated</c>). A refused or failed job leaves it as it was
    /// (<c>service.termination_failed</c>). Another lifecycle change in flight → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The service id (<c>svc_…</c>).</param>
    /// <param name="request">Why (optional; kept on the job and the event).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The provisioning job, <c>queued</c>. The service's status changes when the job is acked: wait for it with
    /// <see cref="ProvisioningJobsClientExtensions.WaitForCompletionAsync"/> (or watch for <c>provisioning_job.completed</c>)
    /// before reading the service, its AAA account or the shaper export.
    /// </returns>
    [WispGateOperation("terminateService", "POST", "/api/v1/services/{id}/terminate")]
    Task<WispGateResponse<ProvisioningJob>> TerminateAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a service to another package (202): the package changes at once, the job enforces it and active sessions get
    /// a CoA. A terminated service, or a lifecycle change in flight, → 409 <c>invalid_state_transition</c>.
    /// </summary>
    /// <param name="id">The service id.</param>
    /// <param name="request">The new package and why.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The provisioning job.</returns>
    [WispGateOperation("changeServicePackage", "POST", "/api/v1/services/{id}/change-package")]
    Task<WispGateResponse<ProvisioningJob>> ChangePackageAsync(string id, ChangeServicePackageRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the service's RADIUS account (user name, reply attributes derived from the package; never the password).</summary>
    /// <param name="id">The service id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The AAA account.</returns>
    [WispGateOperation("getServiceAaa", "GET", "/api/v1/services/{id}/aaa")]
    Task<WispGateResponse<AaaAccount>> GetAaaAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Binds an <c>in_stock</c> device to the service (the device becomes <c>assigned</c>).</summary>
    /// <param name="id">The service id.</param>
    /// <param name="request">The device.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service with the device in <see cref="Service.Devices"/>.</returns>
    [WispGateOperation("bindServiceDevice", "POST", "/api/v1/services/{id}/devices")]
    Task<WispGateResponse<Service>> BindDeviceAsync(string id, BindDeviceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Unbinds a device from the service.</summary>
    /// <param name="id">The service id.</param>
    /// <param name="deviceId">The device id (<c>dev_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status and request id of the call.</returns>
    [WispGateOperation("unbindServiceDevice", "DELETE", "/api/v1/services/{id}/devices/{device_id}")]
    Task<WispGateResponse> UnbindDeviceAsync(string id, string deviceId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
