using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Subscribers;

namespace WISPGate.MockServer.Network;

/// <summary>
/// activateService, suspendService, resumeService, terminateService, changeServicePackage: the service lifecycle
/// pending → active ⇄ suspended → terminated (pending may be terminated). As the contract says, the service's status
/// (or package) changes at once with its <c>service.*</c> event, and the network work is a provisioning job answered
/// 202 (see <see cref="ProvisioningJobs"/>). Termination also unbinds the service's devices (back to <c>returned</c>).
/// </summary>
internal static class ServiceActions
{
    private const string Resource = "service";

    /// <summary>POST …/activate: pending → active; the job issues the RADIUS account and opens a session.</summary>
    public static ApiResult Activate(OperationContext context) =>
        Move(context, [ServiceStatus.Pending], ServiceStatus.Active, "activated", ProvisioningAction.ActivateService);

    /// <summary>POST …/suspend: active → suspended; the job disables the account and disconnects the sessions.</summary>
    public static ApiResult Suspend(OperationContext context) =>
        Move(context, [ServiceStatus.Active], ServiceStatus.Suspended, "suspended", ProvisioningAction.SuspendService);

    /// <summary>POST …/resume: suspended → active; the job enables the account and opens a session.</summary>
    public static ApiResult Resume(OperationContext context) =>
        Move(context, [ServiceStatus.Suspended], ServiceStatus.Active, "resumed", ProvisioningAction.ResumeService);

    /// <summary>POST …/terminate: pending, active or suspended → terminated; the job disconnects and removes the account.</summary>
    public static ApiResult Terminate(OperationContext context) =>
        Move(context, [ServiceStatus.Pending, ServiceStatus.Active, ServiceStatus.Suspended], ServiceStatus.Terminated, "terminated", ProvisioningAction.TerminateService);

    /// <summary>POST …/change-package: another existing, not archived package; the job sends the new rates by CoA.</summary>
    public static ApiResult ChangePackage(OperationContext context)
    {
        var service = context.Require<Service>(context.Id, Resource);
        if (service.Status == ServiceStatus.Terminated)
        {
            return ApiResult.InvalidTransition(Resource, "terminated", "moved to another package");
        }

        var request = context.ReadBody<ChangeServicePackageRequest>();
        var package = context.RequireReference<ServicePackage>("service_package_id", request.ServicePackageId, "service package");

        if (package.Archived)
        {
            return ApiResult.Invalid("service_package_id", "archived", "An archived service package cannot be chosen.");
        }

        if (package.Id == service.ServicePackageId)
        {
            return ApiResult.Invalid("service_package_id", "unchanged", "The service is already on this package.");
        }

        var changed = service with { ServicePackageId = package.Id, UpdatedAt = context.Now };
        context.Collection<Service>().Replace(changed);
        context.RecordEvent("service.package_changed", changed);
        return ProvisioningJobs.Accepted(ProvisioningJobs.Enqueue(context, ProvisioningAction.ChangePackage, service.Id, request.Reason));
    }

    private static ApiResult Move(OperationContext context, ServiceStatus[] from, ServiceStatus to, string happened, ProvisioningAction action)
    {
        var service = context.Require<Service>(context.Id, Resource);
        if (!from.Contains(service.Status))
        {
            return ApiResult.InvalidTransition(Resource, WireJson.Name(service.Status), happened);
        }

        var reason = context.ReadBody<ServiceActionRequest>().Reason;
        var moved = service with { Status = to, Devices = to == ServiceStatus.Terminated ? [] : service.Devices, UpdatedAt = context.Now };
        context.Collection<Service>().Replace(moved);
        context.RecordEvent($"service.{happened}", moved);
        if (to == ServiceStatus.Terminated)
        {
            foreach (var deviceId in service.Devices)
            {
                DeviceHandlers.Release(context, deviceId);
            }
        }

        return ProvisioningJobs.Accepted(ProvisioningJobs.Enqueue(context, action, service.Id, reason));
    }
}
