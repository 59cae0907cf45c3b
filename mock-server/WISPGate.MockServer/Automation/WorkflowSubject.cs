namespace WISPGate.MockServer.Automation;

/// <summary>The resource a run is about (the triggering event's <c>data.object</c>): <c>{"type":"invoice","id":"inv_…"}</c>.</summary>
internal sealed record WorkflowSubject(string Type, string Id);
