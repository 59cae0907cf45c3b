using WISPGate.Sdk.Waiting;

namespace WISPGate.Sdk.Billing;

// The rest of the class is generated from IReconciliationRunsClient's [WispGateOperation] declarations.
internal sealed partial class ReconciliationRunsClient : IClientClock
{
    /// <summary>The client's clock, for <see cref="ReconciliationRunsClientExtensions.WaitForCompletionAsync"/>.</summary>
    public TimeProvider TimeProvider => _connection.TimeProvider;
}
