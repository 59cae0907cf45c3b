using WISPGate.MockServer.Modules;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// Network &amp; Provisioning: service packages, the service actions and their provisioning jobs, RADIUS accounts and
/// sessions, CPE devices and the package-enforcement exports. Jobs move on the server clock (<see cref="ProvisioningJobs"/>),
/// or with the answers of the tenant's provisioning hooks (<see cref="ProvisioningHookDispatcher"/>, one per server, stopped with it).
/// </summary>
internal sealed class ProvisioningModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain)
    {
        var hooks = new ProvisioningHookDispatcher(domain.Host);
        domain
        .SeedCollection<ServicePackage>("service_packages")
        .SeedCollection<Device>("devices")
        .SeedCollection<RadiusAccount>("radius_accounts")
        .SeedCollection<Session>("sessions")
        .SeedCollection<ProvisioningJob>("provisioning_jobs")
        .SeedCollection<ProvisioningHook>("provisioning_hooks", ProvisioningHookHandlers.FromSeed)
        .OnClockAdvanced(ProvisioningJobs.Settle)
        .OnWorkRequested(ProvisioningHookDispatcher.WorkKind, hooks.Enqueue)
        .OnStop(hooks.StopAsync)
        .Map("listServicePackages", ServicePackageHandlers.List)
        .Map("createServicePackage", ServicePackageHandlers.Create)
        .Map("getServicePackage", ServicePackageHandlers.Get)
        .Map("updateServicePackage", ServicePackageHandlers.Update)
        .Map("archiveServicePackage", ServicePackageHandlers.Archive)
        .Map("activateService", ServiceActions.Activate)
        .Map("suspendService", ServiceActions.Suspend)
        .Map("resumeService", ServiceActions.Resume)
        .Map("terminateService", ServiceActions.Terminate)
        .Map("changeServicePackage", ServiceActions.ChangePackage)
        .Map("getServiceAaa", RadiusAccounts.Get)
        .Map("bindServiceDevice", DeviceHandlers.Bind)
        .Map("unbindServiceDevice", DeviceHandlers.Unbind)
        .Map("listSessions", SessionHandlers.List)
        .Map("getSession", SessionHandlers.Get)
        .Map("disconnectSession", SessionHandlers.Disconnect)
        .Map("sendSessionCoa", SessionHandlers.Coa)
        .Map("listProvisioningJobs", ProvisioningJobHandlers.List)
        .Map("getProvisioningJob", ProvisioningJobHandlers.Get)
        .Map("ackProvisioningJob", ProvisioningJobHandlers.Ack)
        .Map("nakProvisioningJob", ProvisioningJobHandlers.Nak)
        .Map("listProvisioningHooks", ProvisioningHookHandlers.List)
        .Map("createProvisioningHook", ProvisioningHookHandlers.Create)
        .Map("getProvisioningHook", ProvisioningHookHandlers.Get)
        .Map("updateProvisioningHook", ProvisioningHookHandlers.Update)
        .Map("deleteProvisioningHook", ProvisioningHookHandlers.Delete)
        .Map("listDevices", DeviceHandlers.List)
        .Map("createDevice", DeviceHandlers.Create)
        .Map("getDevice", DeviceHandlers.Get)
        .Map("updateDevice", DeviceHandlers.Update)
        .Map("listShapedDevices", EnforcementHandlers.List)
        .Map("exportLibreQosShapedDevices", EnforcementHandlers.ExportLibreQos);
    }
}
