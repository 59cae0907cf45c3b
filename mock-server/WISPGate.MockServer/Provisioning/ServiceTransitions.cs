using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// The moment a service's lifecycle change happens: when its provisioning job is answered. Acknowledged → the service
/// takes the new status (terminated: its devices are released, → <c>returned</c>) and <c>service.activated|suspended|
/// resumed|terminated</c> is recorded, before the job's network effects and <c>provisioning_job.completed</c>. Refused
/// (<c>nak</c>) or failed → the status stays, the in-flight marker is cleared and <c>service.activation_failed|
/// suspension_failed|resumption_failed|termination_failed</c> is recorded, before <c>provisioning_job.failed</c>.
/// </summary>
internal static class ServiceTransitions
{
    /// <summary>The lifecycle actions, with the status each one leads to and the word of its events.</summary>
    private static readonly Dictionary<ProvisioningAction, (string Done, string Failed)> Events = new()
    {
        [ProvisioningAction.ActivateService] = ("activated", "activation_failed"),
        [ProvisioningAction.SuspendService] = ("suspended", "suspension_failed"),
        [ProvisioningAction.ResumeService] = ("resumed", "resumption_failed"),
        [ProvisioningAction.TerminateService] = ("terminated", "termination_failed"),
    };

    /// <summary>409 naming the change in flight, or null when the service has none.</summary>
    public static ApiResult? InFlight(Service service, string asked) =>
        service.Transition is not { } transition
            ? null
            : ApiResult.InvalidTransition($"Service {service.Id} cannot be {asked} now: its {WireJson.Name(transition.Action)} job {transition.ProvisioningJobId} is still in flight. Wait until it is acked or refused (GET /api/v1/provisioning-jobs/{transition.ProvisioningJobId}), then ask again.",
                "status");

    /// <summary>Starts a lifecycle change: the job is queued, the service keeps its status and shows the change in flight.</summary>
    public static ProvisioningJob Begin(OperationContext context, Service service, ProvisioningAction action, ServiceStatus to, string? reason)
    {
        var job = ProvisioningJobs.Enqueue(context, action, service.Id, reason);
        context.Collection<Service>().Replace(service with { Transition = new ServiceTransition(action, to, job.Id, context.Now) { CausedBy = context.CausedBy }, UpdatedAt = context.Now });
        return job;
    }

    /// <summary>The job was acknowledged at <paramref name="at"/>: the service takes the new status, with its event.</summary>
    public static void Complete(TenantScope scope, ProvisioningJob job, DateTimeOffset at)
    {
        if (Pending(scope, job) is not { } service || service.Transition is not { } transition)
        {
            return;
        }

        var terminated = transition.TargetStatus == ServiceStatus.Terminated;
        var moved = service with { Status = transition.TargetStatus, Transition = null, Devices = terminated ? [] : service.Devices, UpdatedAt = at };
        scope.Collection<Service>().Replace(moved);
        Record(scope, transition, $"service.{Events[transition.Action].Done}", moved);
        if (terminated)
        {
            foreach (var deviceId in service.Devices)
            {
                DeviceHandlers.Release(scope, deviceId, at);
            }
        }
    }

    /// <summary>The job was refused or failed: the service keeps its status, the change is no longer in flight.</summary>
    public static void Fail(TenantScope scope, ProvisioningJob job, DateTimeOffset at)
    {
        if (Pending(scope, job) is not { } service || service.Transition is not { } transition)
        {
            return;
        }

        var kept = service with { Transition = null, UpdatedAt = at };
        scope.Collection<Service>().Replace(kept);
        Record(scope, transition, $"service.{Events[transition.Action].Failed}", kept);
    }

    // A change a workflow run asked for keeps the run as its event's caused_by (loop detection follows the chain).
    private static void Record(TenantScope scope, ServiceTransition transition, string type, Service service)
    {
        if (transition.CausedBy is null || scope.CausedBy == transition.CausedBy)
        {
            scope.RecordEvent(type, service);
            return;
        }

        var caused = new TenantScope(scope.State, scope.Tenant, scope.Clock) { CausedBy = transition.CausedBy };
        caused.RecordEvent(type, service);
        scope.Adopt(caused.RecordedEvents);
    }

    // The service whose in-flight change this job carries.
    private static Service? Pending(TenantScope scope, ProvisioningJob job) =>
        Events.ContainsKey(job.Action)
        && scope.Collection<Service>().Find(job.TargetId) is { Transition: { } transition } service
        && transition.ProvisioningJobId == job.Id
            ? service
            : null;
}
