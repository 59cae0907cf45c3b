using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Provisioning;

// The rest of the class is generated from IEnforcementClient's [WispGateOperation] declarations.
internal sealed partial class EnforcementClient
{
    /// <summary>
    /// Written by hand: the LibreQoS compatibility route takes a form (<c>api_token</c>) and answers a bare JSON array,
    /// no envelope. Its operation (id, method, route) is still the generated <c>s_exportLibreQosShapedDevices</c>.
    /// </summary>
    public async Task<WispGateResponse<IReadOnlyList<LibreQosShapedDevice>>> ExportLibreQosAsync(
        string apiToken, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiToken);
        var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("api_token", apiToken)]);
        var rows = await _connection.SendBareAsync<List<LibreQosShapedDevice>>(
            s_exportLibreQosShapedDevices, s_exportLibreQosShapedDevices.Route, form, requestOptions, cancellationToken).ConfigureAwait(false);
        return new WispGateResponse<IReadOnlyList<LibreQosShapedDevice>>(rows.Data, rows);
    }
}
