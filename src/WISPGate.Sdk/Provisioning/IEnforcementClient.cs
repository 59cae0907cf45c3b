using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// Package enforcement exports for traffic shapers: one row per device bound to an active service,
/// with the rates its package allows. Every method takes optional <see cref="RequestOptions"/> and a
/// <see cref="CancellationToken"/>; failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IEnforcementClient
{
    /// <summary>Lists one page of shaped devices.</summary>
    /// <param name="options">Filters and page (limit, cursor).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [WispGateOperation("listShapedDevices", "GET", "/api/v1/enforcement/shaped-devices")]
    Task<Page<ShapedDevice>> ListShapedDevicesAsync(ShapedDeviceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Every shaped device matching the filters, fetched page by page as you enumerate.</summary>
    /// <param name="options">Filters, page size, and an optional cursor to start from.</param>
    /// <param name="requestOptions">Per-call settings, used for every page.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The shaped devices.</returns>
    [WispGateOperation("listShapedDevices", "GET", "/api/v1/enforcement/shaped-devices")]
    IAsyncEnumerable<ShapedDevice> ListAllShapedDevicesAsync(ShapedDeviceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The LibreQoS compatibility export (<c>POST /api/libreqos/shaped-devices</c>): every row at once, under
    /// LibreQoS's column names. The endpoint authenticates by the form field <c>api_token</c> (a token with
    /// the <c>read</c> scope; its default tenant unless <see cref="RequestOptions.TenantId"/> says otherwise).
    /// </summary>
    /// <param name="apiToken">The token sent as the form's <c>api_token</c> (may differ from the client's own token, e.g. a read-only one).</param>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows.</returns>
    [WispGateOperation("exportLibreQosShapedDevices", "POST", "/api/libreqos/shaped-devices")]
    Task<WispGateResponse<IReadOnlyList<LibreQosShapedDevice>>> ExportLibreQosAsync(string apiToken, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
