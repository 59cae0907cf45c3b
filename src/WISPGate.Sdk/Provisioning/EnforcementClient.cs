using WISPGate.Sdk.Http;
using WISPGate.Sdk.Paging;

namespace WISPGate.Sdk.Provisioning;

/// <summary>Maps <see cref="IEnforcementClient"/> onto the Refit routes.</summary>
internal sealed class EnforcementClient(WispGateApi<IEnforcementApi> api) : IEnforcementClient
{
    public Task<Page<ShapedDevice>> ListShapedDevicesAsync(ShapedDeviceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        api.SendPageAsync(requestOptions, (refit, call, ct) => refit.ListShapedDevices((options ?? new()).ToQuery(), call, ct), cancellationToken);

    public IAsyncEnumerable<ShapedDevice> ListAllShapedDevicesAsync(ShapedDeviceListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync(options?.Cursor, (cursor, ct) => ListShapedDevicesAsync((options ?? new()) with { Cursor = cursor }, requestOptions, ct), cancellationToken);

    public async Task<WispGateResponse<IReadOnlyList<LibreQosShapedDevice>>> ExportLibreQosAsync(string apiToken, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiToken);
        var form = new LibreQosExportRequest { ApiToken = apiToken };
        var rows = await api.SendBareAsync(requestOptions, (refit, call, ct) => refit.ExportLibreQos(form, call, ct), cancellationToken).ConfigureAwait(false);
        return new WispGateResponse<IReadOnlyList<LibreQosShapedDevice>>(rows.Data, rows);
    }
}
