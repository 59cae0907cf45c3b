using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Identity;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// The package-enforcement export: one row per device bound to an <c>active</c> service, with the rates its package
/// allows in Mbps — min = ceil(committed kbit/s / 1000), max = ceil((burst or committed) kbit/s / 1000), the device's
/// addresses or else its service's AAA addresses (framed IPv4, delegated IPv6 prefix), the device's parent node or
/// else its package's, and a device name that is never null. Served as listShapedDevices
/// (enveloped, paged) and as the LibreQoS compatibility feed (a bare array of every row that has an address).
/// </summary>
internal static class EnforcementHandlers
{
    /// <summary>GET /api/v1/enforcement/shaped-devices: filters service_id, parent_node.</summary>
    public static ApiResult List(OperationContext context)
    {
        var rows = Rows(context.Tenant);
        return context.Page(
            context.Collection<Device>(),
            d => rows.ContainsKey(d.Id)
                && context.Query.Matches("service_id", d.ServiceId)
                && (context.Query.Get("parent_node") is not { } node || node == rows[d.Id].ParentNode),
            d => rows[d.Id]);
    }

    /// <summary>
    /// POST /api/libreqos/shaped-devices: authenticated by the form field <c>api_token</c> (read scope; its default tenant
    /// or <c>X-Tenant-ID</c>) — an unknown token → 401 — and answered with a bare JSON array.
    /// </summary>
    public static ApiResult ExportLibreQos(OperationContext context)
    {
        var token = context.Body.TryGetProperty("api_token", out var value) ? value.GetString() : null;
        var failure = TokenAuthorizer.Authorize(context.State, token, context.Request.Header(WireHeaders.TenantId), ApiKey.ReadScope, context.Now, tenantOptional: false, out var caller);
        if (failure is not null)
        {
            return failure.Error?.Code == ErrorCodes.Unauthorized
                ? ApiResult.Failure(401, ErrorCodes.Unauthorized, "The form field api_token must be a valid WISPGate API token.", "api_token")
                : failure;
        }

        var tenant = context.State.Tenants[caller!.TenantId!];
        List<LibreQosShapedDevice> export;
        lock (tenant.Gate)
        {
            var rows = Rows(tenant);
            // A shaper can only place a device it can address: rows without any address are left out.
            export = tenant.Collection<Device>().All()
                .Where(d => rows.TryGetValue(d.Id, out var row) && (row.Ipv4 is not null || row.Ipv6 is not null))
                .Select(d => LibreQosShapedDevice.From(rows[d.Id]))
                .ToList();
        }

        return ApiResult.Raw(200, JsonSerializer.SerializeToUtf8Bytes(export, WireJson.Options), ResponseRenderer.JsonContentType);
    }

    /// <summary>The export rows of a tenant by device id.</summary>
    private static Dictionary<string, ShapedDevice> Rows(TenantData tenant)
    {
        var rows = new Dictionary<string, ShapedDevice>(StringComparer.Ordinal);
        var services = tenant.Collection<Service>();
        foreach (var device in tenant.Collection<Device>().All())
        {
            if (device.ServiceId is null
                || services.Find(device.ServiceId) is not { Status: ServiceStatus.Active } service
                || tenant.Collection<ServicePackage>().Find(service.ServicePackageId) is not { } package)
            {
                continue;
            }

            var subscriber = tenant.Collection<Subscriber>().Find(service.SubscriberId);
            var account = tenant.Collection<RadiusAccount>().Find(service.Id);
            rows[device.Id] = new ShapedDevice(
                service.Id,
                subscriber?.FullName ?? service.Id,
                device.ParentNode ?? package.ParentNode,
                device.Id,
                DisplayName(device),
                Mbps(package.DownloadKbps),
                Mbps(package.UploadKbps),
                Mbps(package.BurstDownloadKbps ?? package.DownloadKbps),
                Mbps(package.BurstUploadKbps ?? package.UploadKbps),
                device.Ipv4 ?? account?.FramedIpAddress,
                device.Ipv6 ?? account?.DelegatedIpv6Prefix,
                device.Mac);
        }

        return rows;
    }

    private static long Mbps(long kbps) => (kbps + 999) / 1000;

    // Shapers print and concatenate the name: never null — the device's name, else its model and serial.
    private static string DisplayName(Device device) =>
        device.Name ?? (device.Model is { Length: > 0 } model ? $"{model} {device.Serial}" : device.Serial);
}
