using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// activateService, suspendService, resumeService, terminateService, changeServicePackage: the lifecycle of
/// <see cref="ServiceStatus"/>. A lifecycle action answers 202 with a
/// provisioning job (see <see cref="ProvisioningJobs"/>); the service keeps its status, shows the change in flight
/// (<c>transition</c>), and takes the new status with its <c>service.*</c> event when the job is acknowledged
/// (<see cref="ServiceTransitions"/>; termination then also releases its devices). While a change is in flight, another
/// lifecycle action or a package change → 409 <c>invalid_state_transition</c> naming the job. A package change itself
/// applies at once (the catalog fact), its job pushes the rates by CoA.
/// </summary>
internal static class ServiceActions
{
    private const string Resource = "service";

    /// <summary>POST …/activate: pending → active when the job is acked; the job issues the RADIUS account and opens a session.</summary>
    public static ApiResult Activate(OperationContext context) =>
        Move(context, [ServiceStatus.Pending], ServiceStatus.Active, "activated", ProvisioningAction.ActivateService);

    /// <summary>POST …/suspend: active → suspended when the job is acked; the job disables the account and disconnects the sessions.</summary>
    public static ApiResult Suspend(OperationContext context) =>
        Move(context, [ServiceStatus.Active], ServiceStatus.Suspended, "suspended", ProvisioningAction.SuspendService);

    /// <summary>POST …/resume: suspended → active when the job is acked; the job enables the account and opens a session.</summary>
    public static ApiResult Resume(OperationContext context) =>
        Move(context, [ServiceStatus.Suspended], ServiceStatus.Active, "resumed", ProvisioningAction.ResumeService);

    /// <summary>POST …/terminate: pending, active or suspended → terminated when the job is acked (devices released then); the job disconnects and removes the account.</summary>
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

        if (ServiceTransitions.InFlight(service, "moved to another package") is { } inFlight)
        {
            return inFlight;
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
        if (ServiceTransitions.InFlight(service, happened) is { } inFlight)
        {
            return inFlight;
        }

        if (!from.Contains(service.Status))
        {
            return ApiResult.InvalidTransition(Resource, WireJson.Name(service.Status), happened);
        }

        var reason = context.ReadBody<ServiceActionRequest>().Reason;
        return ProvisioningJobs.Accepted(ServiceTransitions.Begin(context, service, action, to, reason));
    }
}
