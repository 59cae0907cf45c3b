using WISPGate.Sdk.Waiting;

namespace WISPGate.Sdk.Provisioning;

// The rest of the class is generated from IProvisioningJobsClient's [WispGateOperation] declarations.
internal sealed partial class ProvisioningJobsClient : IClientClock
{
    /// <summary>The client's clock, for <see cref="ProvisioningJobsClientExtensions.WaitForCompletionAsync"/>.</summary>
    public TimeProvider TimeProvider => _connection.TimeProvider;
}
