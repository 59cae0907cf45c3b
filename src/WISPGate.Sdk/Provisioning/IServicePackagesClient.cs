using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// Service packages: the speed, cap, price and RADIUS attributes a service is sold and enforced with.
/// Every method takes optional <see cref="RequestOptions"/> and a <see cref="CancellationToken"/>;
/// failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IServicePackagesClient
{
    /// <summary>Lists one page of service packages, newest first.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listServicePackages", "GET", "/api/v1/service-packages")]
    Task<Page<ServicePackage>> ListAsync(ServicePackageListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every service package matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The packages.</returns>
    [WispGateOperation("listServicePackages", "GET", "/api/v1/service-packages")]
    IAsyncEnumerable<ServicePackage> ListAllAsync(ServicePackageListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a service package.</summary>
    /// <param name="request">The package.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created package.</returns>
    [WispGateOperation("createServicePackage", "POST", "/api/v1/service-packages")]
    Task<WispGateResponse<ServicePackage>> CreateAsync(CreateServicePackageRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a service package.</summary>
    /// <param name="id">The package id (<c>pkg_…</c>).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The package.</returns>
    [WispGateOperation("getServicePackage", "GET", "/api/v1/service-packages/{id}")]
    Task<WispGateResponse<ServicePackage>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a package; only the properties set in <paramref name="request"/> change.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated package.</returns>
    [WispGateOperation("updateServicePackage", "PATCH", "/api/v1/service-packages/{id}")]
    Task<WispGateResponse<ServicePackage>> UpdateAsync(string id, UpdateServicePackageRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Archives a package: its services keep it, but new services and package changes can no longer choose it.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The archived package.</returns>
    [WispGateOperation("archiveServicePackage", "POST", "/api/v1/service-packages/{id}/archive")]
    Task<WispGateResponse<ServicePackage>> ArchiveAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
