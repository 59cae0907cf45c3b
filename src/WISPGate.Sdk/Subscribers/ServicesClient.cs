using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Provisioning;

namespace WISPGate.Sdk.Subscribers;

/// <summary>Maps <see cref="IServicesClient"/> onto the Refit routes.</summary>
internal sealed class ServicesClient(WispGateApi<IServicesApi> api) : IServicesClient
{
    public Task<Page<Service>> ListAsync(ServiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.List((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<Service> ListAllAsync(ServiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public Task<WispGateResponse<Service>> CreateAsync(CreateServiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Create(request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Service>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Get(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Service>> UpdateAsync(string id, UpdateServiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Update(id, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<ProvisioningJob>> ActivateAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Activate(id, request ?? new(), call, ct), cancellationToken);
    }

    public Task<WispGateResponse<ProvisioningJob>> SuspendAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Suspend(id, request ?? new(), call, ct), cancellationToken);
    }

    public Task<WispGateResponse<ProvisioningJob>> ResumeAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Resume(id, request ?? new(), call, ct), cancellationToken);
    }

    public Task<WispGateResponse<ProvisioningJob>> TerminateAsync(string id, ServiceActionRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.Terminate(id, request ?? new(), call, ct), cancellationToken);
    }

    public Task<WispGateResponse<ProvisioningJob>> ChangePackageAsync(string id, ChangeServicePackageRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.ChangePackage(id, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<AaaAccount>> GetAaaAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.GetAaa(id, call, ct), cancellationToken);
    }

    public Task<WispGateResponse<Service>> BindDeviceAsync(string id, BindDeviceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        return api.SendAsync(requestOptions, (refit, call, ct) => refit.BindDevice(id, request, call, ct), cancellationToken);
    }

    public Task<WispGateResponse> UnbindDeviceAsync(string id, string deviceId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceId);
        return api.SendWithoutDataAsync(requestOptions, (refit, call, ct) => refit.UnbindDevice(id, deviceId, call, ct), cancellationToken);
    }
}
