using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// CPE inventory. Binding a device to a service is <see cref="Subscribers.IServicesClient.BindDeviceAsync"/>.
/// Every method takes optional <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>;
/// failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IDevicesClient
{
    /// <summary>Lists one page of devices, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listDevices", "GET", "/api/v1/devices")]
    Task<Page<Device>> ListAsync(DeviceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every device matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The devices.</returns>
    [WispGateOperation("listDevices", "GET", "/api/v1/devices")]
    IAsyncEnumerable<Device> ListAllAsync(DeviceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a device to the inventory (<c>in_stock</c>; 409 <c>duplicate_device</c> when the serial or MAC exists).</summary>
    /// <param name="request">The device.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created device.</returns>
    [WispGateOperation("createDevice", "POST", "/api/v1/devices")]
    Task<WispGateResponse<Device>> CreateAsync(CreateDeviceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a device.</summary>
    /// <param name="id">The device id (<c>dev_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The device.</returns>
    [WispGateOperation("getDevice", "GET", "/api/v1/devices/{id}")]
    Task<WispGateResponse<Device>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a device's details or inventory state; only the properties set in <paramref name="request"/> change.</summary>
    /// <param name="id">The device id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated device.</returns>
    [WispGateOperation("updateDevice", "PATCH", "/api/v1/devices/{id}")]
    Task<WispGateResponse<Device>> UpdateAsync(string id, UpdateDeviceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
