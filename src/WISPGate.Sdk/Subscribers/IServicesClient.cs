using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Subscribers;

/// <summary>
/// Subscribers' services: a speed package delivered at an address. Every method takes optional
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
    [WispGateOperation("listServices")]
    Task<Page<Service>> ListAsync(ServiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every service matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The services.</returns>
    [WispGateOperation("listServices")]
    IAsyncEnumerable<Service> ListAllAsync(ServiceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Orders a service for a subscriber (it starts <c>pending</c>).</summary>
    /// <param name="request">The service.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created service.</returns>
    [WispGateOperation("createService")]
    Task<WispGateResponse<Service>> CreateAsync(CreateServiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a service.</summary>
    /// <param name="id">The service id (<c>svc_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service.</returns>
    [WispGateOperation("getService")]
    Task<WispGateResponse<Service>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a service's address, start date or price override; only the properties set change.</summary>
    /// <param name="id">The service id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated service.</returns>
    [WispGateOperation("updateService")]
    Task<WispGateResponse<Service>> UpdateAsync(string id, UpdateServiceRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
