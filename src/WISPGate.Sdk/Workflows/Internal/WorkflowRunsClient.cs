using WISPGate.Sdk.Waiting;

namespace WISPGate.Sdk.Workflows;

// The rest of the class is generated from IWorkflowRunsClient's [WispGateOperation] declarations.
internal sealed partial class WorkflowRunsClient : IClientClock
{
    /// <summary>The client's clock, for <see cref="WorkflowRunsClientExtensions.WaitForCompletionAsync"/>.</summary>
    public TimeProvider TimeProvider => _connection.TimeProvider;
}
