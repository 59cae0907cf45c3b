using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>The Network &amp; Provisioning collections' indexes (lookups, list filters and clock hooks that must not scan the tenant).</summary>
internal static class ProvisioningIndexes
{
    /// <summary>Sessions by service.</summary>
    public static readonly IndexKey<Session> SessionsByService = new("service_id", s => s.ServiceId);

    /// <summary>
    /// Provisioning jobs of the built-in network simulation not yet answered (the ones the clock hook moves on); jobs
    /// of a provisioning hook are moved by its answers instead.
    /// </summary>
    public static readonly IndexKey<ProvisioningJob> UnfinishedJobs = new("unfinished", j => j.IsFinal || j.ProvisioningHookId is not null ? null : "yes");

    /// <summary>Provisioning jobs by target (service or session).</summary>
    public static readonly IndexKey<ProvisioningJob> JobsByTarget = new("target_id", j => j.TargetId);

    /// <summary>Devices by bound service (unbound devices are not indexed).</summary>
    public static readonly IndexKey<Device> DevicesByService = new("service_id", d => d.ServiceId);

    /// <summary>Devices by serial (unique per tenant).</summary>
    public static readonly IndexKey<Device> DevicesBySerial = new("serial", d => d.Serial);

    /// <summary>Devices by MAC, upper case (unique per tenant).</summary>
    public static readonly IndexKey<Device> DevicesByMac = new("mac", d => d.Mac);
}
