using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// listDevices, createDevice, getDevice, updateDevice, bindServiceDevice, unbindServiceDevice. Serial and MAC are
/// unique per tenant (409 <c>duplicate_device</c>); a device belongs to at most one service (409 <c>resource_in_use</c>);
/// <c>assigned</c> is set and cleared by binding only. Events <c>device.created|updated</c>; a binding change also
/// records <c>service.updated</c> (the service's <c>devices</c> changed).
/// </summary>
internal static class DeviceHandlers
{
    private const string Resource = "device";

    /// <summary>GET /api/v1/devices: filters status, service_id, mac (either case), serial.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Device>().Where(ProvisioningIndexes.DevicesByService, context.Query.List("service_id")),
            d => context.Query.Matches("status", WireJson.Name(d.Status))
                && context.Query.Matches("service_id", d.ServiceId)
                && (context.Query.Get("mac") is not { } mac || string.Equals(mac, d.Mac, StringComparison.OrdinalIgnoreCase))
                && (context.Query.Get("serial") is not { } serial || serial == d.Serial));

    /// <summary>POST /api/v1/devices: a new <c>in_stock</c> device.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateDeviceRequest>();
        var mac = request.Mac.ToUpperInvariant();
        var devices = context.Collection<Device>();
        if ((devices.Index(ProvisioningIndexes.DevicesBySerial).OldestFirst(request.Serial).FirstOrDefault()
            ?? devices.Index(ProvisioningIndexes.DevicesByMac).OldestFirst(mac).FirstOrDefault()) is { } existing)
        {
            var field = existing.Serial == request.Serial ? "serial" : "mac";
            return ApiResult.Failure(409, ErrorCodes.DuplicateDevice, $"A device with this {field} already exists ({existing.Id}).", field);
        }

        var device = devices.Add(new Device
        {
            Id = context.NewId("dev"),
            Serial = request.Serial,
            Mac = mac,
            Model = request.Model,
            Vendor = request.Vendor,
            Name = request.Name,
            ParentNode = request.ParentNode,
            Ipv4 = request.Ipv4,
            Ipv6 = request.Ipv6,
            Status = DeviceStatus.InStock,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
        context.RecordEvent("device.created", device);
        return ApiResult.Created(device, $"/api/v1/devices/{device.Id}");
    }

    /// <summary>GET /api/v1/devices/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Device>(context.Id, Resource));

    /// <summary>
    /// PATCH /api/v1/devices/{id}: descriptive fields and addresses; status only among in_stock, returned and faulty
    /// of an unbound device (anything else → 409 <c>invalid_state_transition</c>).
    /// </summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<Device>(context.Id, Resource);
        var updated = context.MergePatch(current) with { UpdatedAt = context.Now };
        if (updated.Status != current.Status)
        {
            if (current.ServiceId is not null)
            {
                return ApiResult.InvalidTransition($"The device is bound to {current.ServiceId}; unbind it before changing its status.", "status");
            }

            if (updated.Status == DeviceStatus.Assigned)
            {
                return ApiResult.InvalidTransition("A device becomes assigned by binding it to a service (POST /api/v1/services/{id}/devices).", "status");
            }
        }

        return context.Updated(updated, "device.updated");
    }

    /// <summary>POST /api/v1/services/{id}/devices: binds an in_stock or returned device; the device becomes assigned.</summary>
    public static ApiResult Bind(OperationContext context)
    {
        var service = context.Require<Service>(context.Id, "service");
        var request = context.ReadBody<BindDeviceRequest>();
        if (service.Status == ServiceStatus.Terminated)
        {
            return ApiResult.InvalidTransition("service", "terminated", "given devices");
        }

        if (service.Transition?.TargetStatus == ServiceStatus.Terminated)
        {
            return ServiceTransitions.InFlight(service, "given devices")!;
        }

        var device = context.RequireReference<Device>("device_id", request.DeviceId, "device");

        if (device.ServiceId == service.Id)
        {
            return ApiResult.Ok(service);
        }

        if (device.ServiceId is not null)
        {
            return ApiResult.Failure(409, ErrorCodes.ResourceInUse, $"The device is bound to another service ({device.ServiceId}); unbind it there first.", "device_id");
        }

        if (device.Status == DeviceStatus.Faulty)
        {
            return ApiResult.InvalidTransition("A faulty device cannot be bound; mark it in_stock or returned first.", "device_id");
        }

        var assigned = device with { Status = DeviceStatus.Assigned, ServiceId = service.Id, UpdatedAt = context.Now };
        context.Collection<Device>().Replace(assigned);
        context.RecordEvent("device.updated", assigned);
        var bound = service with { Devices = [.. service.Devices, device.Id], UpdatedAt = context.Now };
        return context.Updated(bound, "service.updated");
    }

    /// <summary>DELETE /api/v1/services/{id}/devices/{device_id}: the device goes back to returned; not bound here → 404.</summary>
    public static ApiResult Unbind(OperationContext context)
    {
        var service = context.Require<Service>(context.Id, "service");
        var deviceId = context.PathParameter("device_id");
        if (!service.Devices.Contains(deviceId))
        {
            return ApiResult.Failure(404, ErrorCodes.NotFound, $"Device '{deviceId}' is not bound to service '{service.Id}'.", "device_id");
        }

        Release(context, deviceId);
        var unbound = service with { Devices = service.Devices.Where(id => id != deviceId).ToList(), UpdatedAt = context.Now };
        context.Collection<Service>().Replace(unbound);
        context.RecordEvent("service.updated", unbound);
        return ApiResult.NoContent();
    }

    /// <summary>Unbinds a device on its side (status returned, no service), recording <c>device.updated</c>.</summary>
    public static void Release(TenantScope scope, string deviceId) => Release(scope, deviceId, scope.Now);

    /// <summary>Unbinds a device on its side at <paramref name="at"/> (a termination job's acknowledgement).</summary>
    public static void Release(TenantScope scope, string deviceId, DateTimeOffset at)
    {
        if (scope.Collection<Device>().Find(deviceId) is not { } device)
        {
            return;
        }

        var returned = device with { Status = DeviceStatus.Returned, ServiceId = null, UpdatedAt = at };
        scope.Collection<Device>().Replace(returned);
        scope.RecordEvent("device.updated", returned);
    }
}
