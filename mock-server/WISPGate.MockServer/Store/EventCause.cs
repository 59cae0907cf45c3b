namespace WISPGate.MockServer.Store;

/// <summary>What caused an event when it was not an API call: the workflow run whose action made the change.</summary>
internal sealed record EventCause(string WorkflowRunId);
