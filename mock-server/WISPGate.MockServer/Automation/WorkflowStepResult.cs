namespace WISPGate.MockServer.Automation;

/// <summary>What a step made or changed: <c>{"type":"notification","id":"ntf_…"}</c>.</summary>
internal sealed record WorkflowStepResult(string Type, string Id);
